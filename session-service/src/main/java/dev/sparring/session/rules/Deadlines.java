package dev.sparring.session.rules;

import dev.sparring.contracts.kit.PhasePlan;
import dev.sparring.contracts.session.DeadlineKind;
import dev.sparring.contracts.session.PresenceStatus;
import dev.sparring.contracts.session.RoundState;
import dev.sparring.contracts.session.SessionCommand;
import dev.sparring.contracts.session.SessionState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines a session is waiting for, derived from its state alone: the running round's time
 * box, the current phase's planned time (both only while the round clock runs), and participants
 * who dropped without saying goodbye. Nothing about timers is stored apart from the state, so a
 * restarted service finds them all again.
 */
public final class Deadlines {

    private Deadlines() {
    }

    public static List<Deadline> pending(SessionState state, Duration reconnectGrace) {
        List<Deadline> deadlines = new ArrayList<>();
        state.runningRound().filter(round -> round.clock().running()).ifPresent(round -> {
            if (!round.roundDeadlineFired()) {
                deadlines.add(new Deadline(DeadlineKind.ROUND, round.index(), -1, "",
                        round.clock().wallClockAt(round.clock().budget())));
            }
            if (round.phaseDeadlineFired() < round.phaseIndex()) {
                PhasePlan phase = state.kit().rounds().get(round.index()).phases().get(round.phaseIndex());
                deadlines.add(new Deadline(DeadlineKind.PHASE, round.index(), round.phaseIndex(), "",
                        round.clock().wallClockAt(round.phaseStartedAt().plus(phase.duration()))));
            }
        });
        state.participants().values().stream()
                .filter(participant -> participant.status() == PresenceStatus.RECONNECTING)
                .forEach(participant -> deadlines.add(new Deadline(DeadlineKind.PRESENCE, -1, -1,
                        participant.actor().userId(), participant.since().plus(reconnectGrace))));
        return deadlines;
    }

    public static Optional<Instant> next(SessionState state, Duration reconnectGrace) {
        return pending(state, reconnectGrace).stream().map(Deadline::dueAt).min(Comparator.naturalOrder());
    }

    /** One thing a session waits for, and when. */
    public record Deadline(DeadlineKind kind, int roundIndex, int phaseIndex, String subject, Instant dueAt) {

        public SessionCommand.ElapseDeadline elapse() {
            return new SessionCommand.ElapseDeadline(kind, roundIndex, phaseIndex, subject, dueAt);
        }

        /** The same deadline as the command names; its due time may have moved since. */
        boolean matches(SessionCommand.ElapseDeadline command) {
            return kind == command.kind() && roundIndex == command.roundIndex()
                    && phaseIndex == command.phaseIndex() && subject.equals(command.subject());
        }
    }

}
