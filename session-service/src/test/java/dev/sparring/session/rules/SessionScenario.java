package dev.sparring.session.rules;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.SessionCommand;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.SessionState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Plays commands through the rules, applying accepted events, the way the session-service does. */
final class SessionScenario {

    static final Duration GRACE = Duration.ofSeconds(30);

    private SessionState state;
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final List<EventEnvelope> log = new ArrayList<>();

    SessionScenario at(Instant instant) {
        now = instant;
        return this;
    }

    SessionScenario after(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    Instant now() {
        return now;
    }

    Decision send(Actor actor, SessionCommand command) {
        CommandEnvelope envelope = new CommandEnvelope(UUID.randomUUID(), "s-1", now, "conn", "c", actor, command);
        Decision decision = SessionRules.decide(state, envelope, now, GRACE);
        if (decision instanceof Decision.Accepted accepted) {
            for (Decision.Pending pending : accepted.events()) {
                EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "s-1", log.size() + 1, now,
                        envelope.id(), pending.audience(), pending.event());
                log.add(event);
                state = SessionEvolution.apply(state, event);
            }
        }
        return decision;
    }

    /** Sends a command that must be accepted, and returns the events it produced. */
    List<SessionEvent> accept(Actor actor, SessionCommand command) {
        Decision decision = send(actor, command);
        if (!(decision instanceof Decision.Accepted accepted)) {
            throw new AssertionError("expected " + command + " to be accepted, was " + decision);
        }
        return accepted.events().stream().map(Decision.Pending::event).toList();
    }

    SessionState state() {
        return state;
    }

    List<EventEnvelope> log() {
        return log;
    }
}
