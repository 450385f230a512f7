package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.EventEnvelope;
import java.util.List;

/**
 * The answer to a resume request, on {@code /user/queue/replay}: the events after the client's
 * last sequence that its role may see, in order; or, when those are no longer all kept, a fresh
 * snapshot to start over from (then {@code events} is empty).
 *
 * @param upToSequence the session's sequence when the answer was made; live events after it follow
 */
public record Replay(String sessionId, long afterSequence, long upToSequence, List<EventEnvelope> events,
        Object snapshot) {
}
