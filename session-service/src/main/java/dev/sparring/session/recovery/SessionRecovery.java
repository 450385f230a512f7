package dev.sparring.session.recovery;

import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.session.rules.SessionEvolution;
import dev.sparring.session.state.SessionStore;
import dev.sparring.session.state.TeamSessions;
import dev.sparring.session.timer.DeadlineRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a session in Redis from the event log when Redis has lost it, wholly (a restart without
 * its data) or partly (a failover or a restart from an older snapshot): the next events must follow
 * the ones already published, never reuse their sequence numbers.
 */
@Component
public class SessionRecovery {

    private static final Logger log = LoggerFactory.getLogger(SessionRecovery.class);

    private final SessionHistory history;
    private final SessionStore store;
    private final TeamSessions teams;
    private final DeadlineRegistry deadlines;

    SessionRecovery(SessionHistory history, SessionStore store, TeamSessions teams, DeadlineRegistry deadlines) {
        this.history = history;
        this.store = store;
        this.teams = teams;
        this.deadlines = deadlines;
    }

    /**
     * @param knownVersion the version Redis has of the session (0 when it has nothing)
     * @return the session as the log has it, now stored in Redis too; empty when the log has no events
     *     of it beyond {@code knownVersion}
     */
    public Optional<SessionState> recover(String sessionId, long knownVersion) {
        return rebuild(sessionId, knownVersion, history.read(sessionId));
    }

    /**
     * {@link #recover} for many sessions, reading each partition of the log once.
     *
     * @param knownVersions per session, the version Redis has of it
     * @return how many were behind the log and are rebuilt
     */
    public int recoverAll(Map<String, Long> knownVersions) {
        Map<String, List<EventEnvelope>> histories = history.read(knownVersions.keySet());
        int rebuilt = 0;
        for (Map.Entry<String, Long> session : knownVersions.entrySet()) {
            List<EventEnvelope> events = histories.getOrDefault(session.getKey(), List.of());
            try {
                if (rebuild(session.getKey(), session.getValue(), events).isPresent()) {
                    rebuilt++;
                }
            } catch (KafkaException unrebuildable) {
                // one session the log cannot restore must not keep the others from being restored
                log.error("Session {} stays as Redis has it (version {})", session.getKey(), session.getValue(),
                        unrebuildable);
            }
        }
        return rebuilt;
    }

    private Optional<SessionState> rebuild(String sessionId, long knownVersion, List<EventEnvelope> events) {
        if (events.size() <= knownVersion) {
            return Optional.empty();
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).sequence() != i + 1) {
                throw new KafkaException("the log of session " + sessionId + " misses event " + (i + 1)
                        + "; it cannot be rebuilt");
            }
        }
        SessionState state = SessionEvolution.replay(events);
        boolean restored = store.restore(state, events);
        log.warn("Redis had session {} at version {}, the log at {}: {}", sessionId, knownVersion, state.version(),
                restored ? "rebuilt it from the log" : "another writer rebuilt it first");
        if (events.get(0).event() instanceof SessionEvent.SessionCreated) {
            teams.add(state.teamId(), sessionId, events.get(0).occurredAt());
        }
        deadlines.refresh(sessionId, state);
        return Optional.of(state);
    }
}
