package dev.sparring.session.timer;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.session.rules.Deadlines;
import dev.sparring.session.state.SessionStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fires deadlines on the server, whether or not any client does anything. It does not change a
 * session itself: it sends an {@code ElapseDeadline} command through the command topic, so the
 * session's single writer applies it in order with everything else. The command id is derived from
 * the deadline, so however many instances (or restarts) send it, it is applied once.
 */
@Component
class DeadlineScheduler {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);
    static final String CLIENT_ID = "session-service-timer";
    private static final int BATCH = 100;

    private final DeadlineRegistry registry;
    private final SessionStore store;
    private final KafkaTemplate<String, Object> kafka;
    private final TimerProperties properties;
    private final Clock clock;

    DeadlineScheduler(DeadlineRegistry registry, SessionStore store, KafkaTemplate<String, Object> kafka,
            TimerProperties properties, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sparring.session.timers.poll-interval:200ms}")
    void fireDueDeadlines() {
        try {
            for (String sessionId : registry.claimDue(BATCH)) {
                fire(sessionId);
            }
        } catch (RuntimeException e) {
            // the claims run out and are taken again; a poll must not kill the scheduler thread
            log.warn("Could not fire due deadlines; will retry", e);
        }
    }

    private void fire(String sessionId) {
        Optional<SessionState> state = store.load(sessionId);
        Instant now = clock.instant();
        List<Deadlines.Deadline> due = state.map(s -> Deadlines.pending(s, properties.reconnectGrace())).orElse(List.of())
                .stream().filter(deadline -> !deadline.dueAt().isAfter(now)).toList();
        if (due.isEmpty()) {
            registry.refresh(sessionId, state.orElse(null));
            return;
        }
        for (Deadlines.Deadline deadline : due) {
            CommandEnvelope command = new CommandEnvelope(commandId(sessionId, deadline), sessionId, now, CLIENT_ID,
                    null, Actor.SYSTEM, deadline.elapse());
            kafka.send(Topics.SESSION_COMMANDS, sessionId, command).join();
        }
    }

    static UUID commandId(String sessionId, Deadlines.Deadline deadline) {
        String key = "deadline/" + sessionId + "/" + deadline.kind() + "/" + deadline.roundIndex() + "/"
                + deadline.phaseIndex() + "/" + deadline.subject() + "/" + deadline.dueAt().toEpochMilli();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
