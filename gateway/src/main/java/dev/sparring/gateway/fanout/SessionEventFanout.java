package dev.sparring.gateway.fanout;

import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.SessionEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands an event to this instance's sockets subscribed to the event's audience destination (the
 * in-memory broker drops it at once when no socket here is subscribed). An event the session-service
 * published again after a redelivery carries a sequence number already delivered, and is dropped.
 *
 * <p>Blind scoring: a score or recommendation goes only to the interviewer who gave it, on their
 * user destination {@code /user/queue/scores}, never to the session's interviewer topic.
 */
@Component
class SessionEventFanout {

    /** Sessions whose last delivered sequence is remembered; older ones fall back on client-side dedupe. */
    private static final int REMEMBERED_SESSIONS = 50_000;

    /** The user destination of an interviewer's own scores and recommendations. */
    static final String SCORES = "/queue/scores";

    private final SimpMessagingTemplate clients;

    /** Touched only by the single fan-out listener thread. */
    private final Map<String, Long> lastDelivered = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED_SESSIONS;
        }
    };

    SessionEventFanout(SimpMessagingTemplate clients) {
        this.clients = clients;
    }

    void deliver(EventEnvelope event) {
        Long last = lastDelivered.get(event.sessionId());
        if (last != null && event.sequence() <= last) {
            return;
        }
        lastDelivered.put(event.sessionId(), event.sequence());
        Optional<String> scorer = scorer(event.event());
        if (scorer.isPresent()) {
            clients.convertAndSendToUser(scorer.get(), SCORES, event);
            return;
        }
        clients.convertAndSend(SessionDestinations.of(event.audience(), event.sessionId()), event);
    }

    /** The interviewer who gave a score or recommendation; empty for every other event. */
    static Optional<String> scorer(SessionEvent event) {
        if (event instanceof SessionEvent.CompetencyScored scored) {
            return Optional.of(scored.interviewer().userId());
        }
        if (event instanceof SessionEvent.RecommendationRecorded recommended) {
            return Optional.of(recommended.interviewer().userId());
        }
        return Optional.empty();
    }
}
