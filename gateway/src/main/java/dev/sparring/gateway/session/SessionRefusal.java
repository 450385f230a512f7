package dev.sparring.gateway.session;

import dev.sparring.contracts.session.ErrorCode;

/** A request about a session the gateway refuses, with the stable code clients branch on. */
public class SessionRefusal extends RuntimeException {

    private final ErrorCode code;

    public SessionRefusal(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
