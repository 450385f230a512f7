package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.gateway.session.SessionRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidTypeIdException;

/** Turns what went wrong with a client's frame into the error it is told, with a stable code. */
final class SocketErrors {

    private static final Logger log = LoggerFactory.getLogger(SocketErrors.class);

    private SocketErrors() {
    }

    static ClientError describe(Throwable failure, StompHeaderAccessor frame) {
        String sessionId = sessionIdOf(frame.getDestination());
        if (failure instanceof SessionRefusal refusal) {
            return ClientError.of(refusal.code(), refusal.getMessage(), sessionId, null);
        }
        if (failure instanceof AccessDeniedException) {
            return ClientError.of(ErrorCode.FORBIDDEN, "not allowed", sessionId, null);
        }
        InvalidTypeIdException unknownType = find(failure, InvalidTypeIdException.class);
        if (unknownType != null) {
            return ClientError.of(ErrorCode.UNKNOWN_TYPE, "unknown type '" + unknownType.getTypeId() + "'",
                    sessionId, null);
        }
        IllegalArgumentException invalid = find(failure, IllegalArgumentException.class);
        if (invalid != null && find(failure, JacksonException.class) != null) {
            return ClientError.of(ErrorCode.INVALID_VALUE, invalid.getMessage(), sessionId, null);
        }
        if (failure instanceof MessageConversionException || find(failure, JacksonException.class) != null) {
            return ClientError.of(ErrorCode.MALFORMED_MESSAGE,
                    "the body is not the JSON " + frame.getDestination() + " expects", sessionId, null);
        }
        log.error("Unexpected failure handling a frame to {}", frame.getDestination(), failure);
        return ClientError.of(ErrorCode.UNAVAILABLE, "the gateway could not handle the frame", sessionId, null);
    }

    /** {@code /app/sessions/{id}/...} → id */
    static String sessionIdOf(String destination) {
        if (destination == null) {
            return null;
        }
        String[] parts = destination.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equals("sessions")) {
                return parts[i + 1];
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
