package dev.sparring.session.command;

import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.SessionCommand;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.session.recovery.PublishedSequences;
import dev.sparring.session.recovery.SessionRecovery;
import dev.sparring.session.rules.Decision;
import dev.sparring.session.rules.SessionEvolution;
import dev.sparring.session.rules.SessionRules;
import dev.sparring.session.state.OwnedStates;
import dev.sparring.session.state.SessionStore;
import dev.sparring.session.state.Stored;
import dev.sparring.session.state.TeamSessions;
import dev.sparring.session.timer.DeadlineRegistry;
import dev.sparring.session.timer.TimerProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.stereotype.Service;

/**
 * Applies a command: decide its events from the current state (remembered from this instance's last
 * write to the session when it can be, see {@link OwnedStates}), store state and events atomically
 * (once per command id), publish the events, then note the session's next deadline. The listener
 * commits the offset only after the returned future completes (Kafka acknowledged the outcome), so a
 * crash anywhere leads to a redelivery, which finds the command applied and publishes the same events
 * again; consumers drop sequence numbers they already have.
 */
@Service
class CommandProcessor {

    private static final Logger log = LoggerFactory.getLogger(CommandProcessor.class);
    private static final int MAX_ATTEMPTS = 5;

    private final SessionStore store;
    private final OwnedStates owned;
    private final PublishedSequences published;
    private final SessionRecovery recovery;
    private final EventPublisher publisher;
    private final DeadlineRegistry deadlines;
    private final TeamSessions teams;
    private final TimerProperties timers;
    private final Clock clock;

    CommandProcessor(SessionStore store, OwnedStates owned, PublishedSequences published, SessionRecovery recovery,
            EventPublisher publisher, DeadlineRegistry deadlines, TeamSessions teams,
            TimerProperties timers, Clock clock) {
        this.store = store;
        this.owned = owned;
        this.published = published;
        this.recovery = recovery;
        this.publisher = publisher;
        this.deadlines = deadlines;
        this.teams = teams;
        this.timers = timers;
        this.clock = clock;
    }

    /** @return completes when Kafka acknowledged the command's outcome (its events, or its refusal) */
    CompletableFuture<Void> process(CommandEnvelope command) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<SessionState> remembered = attempt == 1 ? owned.get(command.sessionId()) : Optional.empty();
            SessionState state = remembered.or(() -> store.load(command.sessionId())).orElse(null);
            if (behindTheLog(command, state)) {
                continue; // rebuilt from the log: decide on that
            }
            Instant now = clock.instant();
            Decision decision = SessionRules.decide(state, command, now, timers.reconnectGrace());
            if (decision instanceof Decision.Rejected && remembered.isPresent()) {
                // a refusal changes nothing, so no version check would catch a stale memory: ask Redis
                owned.forget(command.sessionId());
                continue;
            }
            if (decision instanceof Decision.Rejected rejected) {
                return republishIfApplied(command).orElseGet(() -> publisher.reject(command, rejected, now));
            }
            long version = state == null ? 0 : state.version();
            List<EventEnvelope> events = number(command, ((Decision.Accepted) decision).events(), version, now);
            SessionState next = state;
            for (EventEnvelope event : events) {
                next = SessionEvolution.apply(next, event);
            }
            Stored stored = store.store(command.sessionId(), command.id(), version, next, events);
            if (stored instanceof Stored.Applied applied) {
                if (next != null) {
                    owned.remember(next);
                }
                indexNewSession(command, applied.events());
                CompletableFuture<Void> acknowledged = publisher.publish(applied.events());
                deadlines.refresh(command.sessionId(), next);
                return acknowledged;
            }
            owned.forget(command.sessionId());
            if (stored instanceof Stored.Duplicate duplicate) {
                log.debug("Command {} of session {} was applied before; publishing its events again",
                        command.id(), command.sessionId());
                indexNewSession(command, duplicate.events());
                CompletableFuture<Void> acknowledged = publisher.publish(duplicate.events());
                deadlines.refresh(command.sessionId(), store.load(command.sessionId()).orElse(null));
                return acknowledged;
            }
            long current = ((Stored.Conflict) stored).currentVersion();
            if (remembered.isPresent() && current < remembered.get().version()) {
                // Redis went back in time under this writer (a failover, a restart from an older snapshot)
                recovery.recover(command.sessionId(), current);
            } else {
                log.info("Session {} moved on while command {} was decided (attempt {}); deciding again",
                        command.sessionId(), command.id(), attempt);
            }
        }
        throw new KafkaException("session " + command.sessionId() + " kept changing under command " + command.id());
    }

    /**
     * Whether Redis holds less of the session than was published (it lost writes), or nothing of a
     * session a command refers to (it lost the session); the session is then rebuilt from the log.
     */
    private boolean behindTheLog(CommandEnvelope command, SessionState state) {
        long version = state == null ? 0 : state.version();
        long highest = published.highest(command.sessionId());
        boolean creates = command.command() instanceof SessionCommand.CreateSession;
        if (version >= highest && (state != null || creates)) {
            return false;
        }
        owned.forget(command.sessionId());
        long inRedis = store.version(command.sessionId());
        if (inRedis >= highest && (inRedis > 0 || creates)) {
            return true; // only this instance's memory was behind
        }
        return recovery.recover(command.sessionId(), inRedis).isPresent();
    }

    private void indexNewSession(CommandEnvelope command, List<EventEnvelope> events) {
        if (command.command() instanceof SessionCommand.CreateSession created && !events.isEmpty()) {
            teams.add(created.teamId(), command.sessionId(), events.get(0).occurredAt());
        }
    }

    /**
     * A redelivered command may be refused by a state it changed itself (a prompt it revealed is
     * visible now); what counts is that it was applied, so its events are published again instead.
     */
    private Optional<CompletableFuture<Void>> republishIfApplied(CommandEnvelope command) {
        return store.appliedBefore(command.sessionId(), command.id()).map(publisher::publish);
    }

    private static List<EventEnvelope> number(CommandEnvelope command, List<Decision.Pending> pending, long version,
            Instant now) {
        List<EventEnvelope> events = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            Decision.Pending event = pending.get(i);
            events.add(new EventEnvelope(eventId(command.id(), i), command.sessionId(), version + 1 + i, now,
                    command.id(), event.audience(), event.event()));
        }
        return events;
    }

    /** Deterministic, so an event re-emitted after a redelivery carries the id it had the first time. */
    static UUID eventId(UUID commandId, int index) {
        return UUID.nameUUIDFromBytes((commandId + "/" + index).getBytes(StandardCharsets.UTF_8));
    }
}
