package dev.sparring.contracts.session;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The session-service's answer to a command it did not apply: the Kafka value of
 * {@link dev.sparring.contracts.Topics#COMMAND_REJECTIONS}, keyed by session id. Only the sender
 * hears of it; it changes nothing and gets no sequence number.
 *
 * @param clientId the connection that sent the command
 * @param clientCommandId the id the client gave the command, so it can match the answer
 */
public record CommandRejected(UUID id, String sessionId, Instant occurredAt, UUID commandId, String clientId,
        String userId, String clientCommandId, ErrorCode code, String message) {

    public CommandRejected {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(code, "code");
    }
}
