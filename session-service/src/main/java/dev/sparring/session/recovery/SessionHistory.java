package dev.sparring.session.recovery;

import dev.sparring.contracts.session.EventEnvelope;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * One session's events as the durable log has them ({@code sparring.session-events}, kept forever):
 * what Redis should hold when it has lost it. Reads the session's partition from its start, so it is
 * for recovery only, never for the hot path.
 */
@Component
class SessionHistory {

    private final EventLog eventLog;

    SessionHistory(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    /** @return the session's events by sequence number, each once (redeliveries publish copies) */
    List<EventEnvelope> read(String sessionId) {
        Map<Long, EventEnvelope> bySequence = new TreeMap<>();
        eventLog.read(List.of(eventLog.partitionOf(sessionId)), null, event -> {
            if (sessionId.equals(event.sessionId())) {
                bySequence.putIfAbsent(event.sequence(), event);
            }
        });
        return List.copyOf(bySequence.values());
    }
}
