package dev.sparring.contracts.session;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A recorded fact: the Kafka value of {@link dev.sparring.contracts.Topics#SESSION_EVENTS}, keyed
 * by {@code sessionId}.
 *
 * @param sequence 1, 2, 3 ... per session with no gaps; consumers drop a sequence they already have
 * @param commandId the command that caused it, so its sender can correlate
 */
public record EventEnvelope(UUID id, String sessionId, long sequence, Instant occurredAt, UUID commandId,
        Audience audience, SessionEvent event) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Texts.required(sessionId, "sessionId");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(event, "event");
    }
}
