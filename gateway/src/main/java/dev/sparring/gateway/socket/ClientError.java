package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ErrorCode;

/**
 * The body of a message on {@code /user/queue/errors}: the connection stays open and usable.
 *
 * @param code stable, kebab-case ({@link ErrorCode#wire()})
 * @param commandId the client's id of the command it answers, when it answers one
 */
public record ClientError(String code, String message, String sessionId, String commandId) {

    public static ClientError of(ErrorCode code, String message, String sessionId, String commandId) {
        return new ClientError(code.wire(), message, sessionId, commandId);
    }
}
