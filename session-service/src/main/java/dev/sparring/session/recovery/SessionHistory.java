package dev.sparring.session.recovery;

import dev.sparring.contracts.session.EventEnvelope;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Sessions' events as the durable log has them ({@code sparring.session-events}, kept forever): what
 * Redis should hold when it has lost it. Reads each partition concerned once, from its start, so it is
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
        return read(List.of(sessionId)).getOrDefault(sessionId, List.of());
    }

    /** @return per session that has any, its events by sequence number, each once */
    Map<String, List<EventEnvelope>> read(Collection<String> sessionIds) {
        Map<Integer, List<String>> byPartition = sessionIds.stream().distinct()
                .collect(Collectors.groupingBy(eventLog.partitioner()));
        Map<String, Map<Long, EventEnvelope>> bySession = new HashMap<>();
        byPartition.forEach((partition, sessions) -> eventLog.read(List.of(partition), null, event -> {
            if (sessions.contains(event.sessionId())) {
                bySession.computeIfAbsent(event.sessionId(), id -> new TreeMap<>())
                        .putIfAbsent(event.sequence(), event);
            }
        }));
        return bySession.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue().values())));
    }
}
