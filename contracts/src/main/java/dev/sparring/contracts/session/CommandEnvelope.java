package dev.sparring.contracts.session;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A command on its way from a gateway (or the platform's timers) to the session-service: the Kafka
 * value of {@link dev.sparring.contracts.Topics#SESSION_COMMANDS}, keyed by {@code sessionId}.
 *
 * @param id unique per logical command; a client retry of the same command keeps its id, which is
 *     what makes applying it idempotent
 * @param clientId the connection (or API client) that sent it, so a rejection can find it
 * @param clientCommandId the id the client chose, echoed in acknowledgements and rejections
 */
public record CommandEnvelope(UUID id, String sessionId, Instant occurredAt, String clientId, String clientCommandId,
        Actor actor, SessionCommand command) {

    public CommandEnvelope {
        Objects.requireNonNull(id, "id");
        Texts.required(sessionId, "sessionId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Texts.required(clientId, "clientId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
    }
}
