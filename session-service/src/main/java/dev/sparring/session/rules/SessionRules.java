package dev.sparring.session.rules;

import dev.sparring.contracts.kit.PhasePlan;
import dev.sparring.contracts.kit.RoundPlan;
import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.contracts.session.DeadlineKind;
import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.contracts.session.Moment;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.PresenceStatus;
import dev.sparring.contracts.session.RoundState;
import dev.sparring.contracts.session.RoundState.RoundStatus;
import dev.sparring.contracts.session.SessionCommand;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.contracts.session.SessionState.SessionStatus;
import dev.sparring.contracts.session.TimerView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The rules of a live interview: given a session's state and a command, which events happen, or
 * why the command is refused. Pure: no I/O, and time comes in as {@code now}.
 */
public final class SessionRules implements SessionCommand.Handler<Decision> {

    private final SessionState state;
    private final Actor actor;
    private final Instant now;
    private final Duration reconnectGrace;

    private SessionRules(SessionState state, Actor actor, Instant now, Duration reconnectGrace) {
        this.state = state;
        this.actor = actor;
        this.now = now;
        this.reconnectGrace = reconnectGrace;
    }

    /**
     * @param state the session's state, or {@code null} when no session has that id yet
     * @param reconnectGrace how long a dropped participant counts as reconnecting before leaving
     */
    public static Decision decide(SessionState state, CommandEnvelope command, Instant now, Duration reconnectGrace) {
        SessionRules rules = new SessionRules(state, command.actor(), now, reconnectGrace);
        if (state == null && !(command.command() instanceof SessionCommand.CreateSession)) {
            return Decision.reject(ErrorCode.UNKNOWN_SESSION, "no session " + command.sessionId());
        }
        return command.command().accept(rules);
    }

    @Override
    public Decision on(SessionCommand.CreateSession command) {
        if (state != null) {
            return Decision.reject(ErrorCode.NOT_ALLOWED_NOW, "the session exists already");
        }
        if (actor.role() != ParticipantRole.INTERVIEWER) {
            return forbidden("create a session");
        }
        return Decision.interviewers(
                new SessionEvent.SessionCreated(command.teamId(), command.kit(), command.candidateName(), actor));
    }

    @Override
    public Decision on(SessionCommand.EndSession command) {
        return interviewerWhileOpen("end the session")
                .orElseGet(() -> {
                    Optional<RoundState> running = state.runningRound();
                    if (running.isPresent()) {
                        RoundState round = running.get();
                        return Decision.accept(java.util.List.of(
                                new Decision.Pending(dev.sparring.contracts.session.Audience.EVERYONE,
                                        new SessionEvent.RoundEnded(round.index(), round.clock().used(now), actor)),
                                new Decision.Pending(dev.sparring.contracts.session.Audience.EVERYONE,
                                        new SessionEvent.SessionEnded(actor))));
                    }
                    return Decision.everyone(new SessionEvent.SessionEnded(actor));
                });
    }

    @Override
    public Decision on(SessionCommand.StartRound command) {
        Optional<Decision> refused = interviewerWhileOpen("start a round");
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<RoundPlan> plan = state.kit().round(command.roundIndex());
        if (plan.isEmpty()) {
            return Decision.reject(ErrorCode.UNKNOWN_ROUND, "the kit has no round " + command.roundIndex());
        }
        if (state.runningRound().isPresent()) {
            return Decision.reject(ErrorCode.NOT_ALLOWED_NOW,
                    "round " + state.currentRound() + " is still running; end it first");
        }
        if (state.rounds().get(command.roundIndex()).status() != RoundStatus.PENDING) {
            return Decision.reject(ErrorCode.NOT_ALLOWED_NOW, "round " + command.roundIndex() + " was played already");
        }
        RoundPlan round = plan.get();
        PhasePlan first = round.phases().get(0);
        return Decision.everyone(new SessionEvent.RoundStarted(command.roundIndex(), round.id(), round.kind(),
                round.title(), first.id(), first.title(), new TimerView(true, round.duration(), now)));
    }

    @Override
    public Decision on(SessionCommand.EndRound command) {
        return withRunningRound("end the round", round -> Decision.everyone(
                new SessionEvent.RoundEnded(round.index(), round.clock().used(now), actor)));
    }

    @Override
    public Decision on(SessionCommand.AdvancePhase command) {
        return withRunningRound("advance the phase", round -> {
            int next = round.phaseIndex() + 1;
            Optional<PhasePlan> phase = plan(round).phase(next);
            if (phase.isEmpty()) {
                return Decision.reject(ErrorCode.NOT_ALLOWED_NOW, "the round is in its last phase already");
            }
            return Decision.everyone(new SessionEvent.PhaseAdvanced(round.index(), next, phase.get().id(),
                    phase.get().title(), round.clock().used(now)));
        });
    }

    @Override
    public Decision on(SessionCommand.StartTimer command) {
        return withRunningRound("start the timer", round -> round.clock().running()
                ? Decision.reject(ErrorCode.NOT_ALLOWED_NOW, "the timer is running already")
                : Decision.everyone(new SessionEvent.TimerStarted(round.index(), round.clock().start(now).view(now))));
    }

    @Override
    public Decision on(SessionCommand.PauseTimer command) {
        return withRunningRound("pause the timer", round -> !round.clock().running()
                ? Decision.reject(ErrorCode.NOT_ALLOWED_NOW, "the timer is paused already")
                : Decision.everyone(new SessionEvent.TimerPaused(round.index(), round.clock().pause(now).view(now))));
    }

    @Override
    public Decision on(SessionCommand.ExtendTimer command) {
        return withRunningRound("extend the timer", round -> Decision.everyone(new SessionEvent.TimerExtended(
                round.index(), command.by(), round.clock().extend(command.by()).view(now))));
    }

    @Override
    public Decision on(SessionCommand.RevealPrompt command) {
        return withRunningRound("reveal prompts", round -> plan(round).findPrompt(command.promptId())
                .map(prompt -> round.revealedPromptIds().contains(prompt.id())
                        ? Decision.reject(ErrorCode.NOT_ALLOWED_NOW, "prompt " + prompt.id() + " is visible already")
                        : Decision.everyone(new SessionEvent.PromptRevealed(round.index(), prompt.id(),
                                prompt.parentId(), prompt.title(), prompt.text())))
                .orElseGet(() -> unknownPrompt(round, command.promptId())));
    }

    @Override
    public Decision on(SessionCommand.HidePrompt command) {
        return withRunningRound("hide prompts", round -> {
            if (plan(round).findPrompt(command.promptId()).isEmpty()) {
                return unknownPrompt(round, command.promptId());
            }
            return round.revealedPromptIds().contains(command.promptId())
                    ? Decision.everyone(new SessionEvent.PromptHidden(round.index(), command.promptId()))
                    : Decision.reject(ErrorCode.NOT_ALLOWED_NOW, "prompt " + command.promptId() + " is not visible");
        });
    }

    @Override
    public Decision on(SessionCommand.RecordUtterance command) {
        return participantWhileOpen("speak").orElseGet(() -> Decision.everyone(
                new SessionEvent.UtteranceRecorded(actor, command.text(), command.source(), moment())));
    }

    @Override
    public Decision on(SessionCommand.PostChat command) {
        return participantWhileOpen("chat").orElseGet(() -> Decision.everyone(
                new SessionEvent.ChatPosted(actor, command.text(), moment())));
    }

    @Override
    public Decision on(SessionCommand.UpdateCode command) {
        return participantWhileOpen("edit the code pad").orElseGet(() -> Decision.everyone(
                new SessionEvent.CodeUpdated(actor, command.text(), command.language(),
                        state.codePad().revision() + 1, moment())));
    }

    @Override
    public Decision on(SessionCommand.WriteNote command) {
        return interviewerWhileOpen("write notes").orElseGet(() -> Decision.interviewers(
                new SessionEvent.NoteWritten(actor, command.text(), moment())));
    }

    /** Scores stay open after the round and the session end: scorecards are often finished afterwards. */
    @Override
    public Decision on(SessionCommand.ScoreCompetency command) {
        if (actor.role() != ParticipantRole.INTERVIEWER) {
            return forbidden("score");
        }
        Optional<RoundPlan> plan = state.kit().round(command.roundIndex());
        if (plan.isEmpty()) {
            return Decision.reject(ErrorCode.UNKNOWN_ROUND, "the kit has no round " + command.roundIndex());
        }
        if (state.rounds().get(command.roundIndex()).status() == RoundStatus.PENDING) {
            return Decision.reject(ErrorCode.NOT_ALLOWED_NOW, "round " + command.roundIndex() + " has not started");
        }
        if (!plan.get().competencies().contains(command.competency())) {
            return Decision.reject(ErrorCode.UNKNOWN_COMPETENCY, "round " + command.roundIndex()
                    + " is not scored on '" + command.competency() + "'; it is scored on " + plan.get().competencies());
        }
        return Decision.interviewers(new SessionEvent.CompetencyScored(actor, command.roundIndex(),
                command.competency(), command.level(), command.comment()));
    }

    @Override
    public Decision on(SessionCommand.Recommend command) {
        if (actor.role() != ParticipantRole.INTERVIEWER) {
            return forbidden("recommend");
        }
        return Decision.interviewers(new SessionEvent.RecommendationRecorded(actor, command.recommendation()));
    }

    @Override
    public Decision on(SessionCommand.UpdatePresence command) {
        if (actor.role() != ParticipantRole.SYSTEM) {
            return forbidden("report presence");
        }
        if (state.status() == SessionStatus.ENDED) {
            return Decision.nothing(); // nobody is waited for once the interview is over
        }
        SessionState.Participation known = state.participants().get(command.participant().userId());
        if (known == null && command.status() != PresenceStatus.CONNECTED) {
            return Decision.nothing();
        }
        List<String> before = known == null ? List.of() : known.connections();
        TreeSet<String> open = new TreeSet<>(before);
        if (command.connection() != null && command.status() == PresenceStatus.CONNECTED) {
            open.add(command.connection());
        } else if (command.connection() != null) {
            open.remove(command.connection());
        } else if (command.status() != PresenceStatus.CONNECTED) {
            open.clear(); // a report without a connection speaks for all of them
        }
        // present while any tab is open: closing one of two leaves the participant connected
        PresenceStatus status = open.isEmpty() ? command.status() : PresenceStatus.CONNECTED;
        List<String> after = List.copyOf(open);
        if (known != null && known.status() == status && known.connections().equals(after)) {
            return Decision.nothing();
        }
        return Decision.everyone(new SessionEvent.PresenceChanged(command.participant(), status, after));
    }

    /** A deadline fires only if it is still the session's deadline: pauses and extensions move them. */
    @Override
    public Decision on(SessionCommand.ElapseDeadline command) {
        if (actor.role() != ParticipantRole.SYSTEM) {
            return forbidden("elapse deadlines");
        }
        boolean due = Deadlines.pending(state, reconnectGrace).stream()
                .anyMatch(deadline -> deadline.matches(command) && !deadline.dueAt().isAfter(now));
        if (!due) {
            return Decision.nothing();
        }
        if (command.kind() == DeadlineKind.PRESENCE) {
            Actor participant = state.participants().get(command.subject()).actor();
            return Decision.everyone(new SessionEvent.PresenceChanged(participant, PresenceStatus.LEFT, List.of()));
        }
        return Decision.everyone(new SessionEvent.DeadlineElapsed(command.kind(), command.roundIndex(),
                command.phaseIndex(), command.subject(), command.dueAt()));
    }

    private Optional<Decision> interviewerWhileOpen(String what) {
        if (actor.role() != ParticipantRole.INTERVIEWER) {
            return Optional.of(forbidden(what));
        }
        return ended();
    }

    private Optional<Decision> participantWhileOpen(String what) {
        if (actor.role() == ParticipantRole.SYSTEM) {
            return Optional.of(forbidden(what));
        }
        return ended();
    }

    private Optional<Decision> ended() {
        return state.status() == SessionStatus.ENDED
                ? Optional.of(Decision.reject(ErrorCode.NOT_ALLOWED_NOW, "the session has ended"))
                : Optional.empty();
    }

    private Decision withRunningRound(String what, java.util.function.Function<RoundState, Decision> rule) {
        Optional<Decision> refused = interviewerWhileOpen(what);
        if (refused.isPresent()) {
            return refused.get();
        }
        return state.runningRound().map(rule)
                .orElseGet(() -> Decision.reject(ErrorCode.NOT_ALLOWED_NOW, "no round is running"));
    }

    private RoundPlan plan(RoundState round) {
        return state.kit().rounds().get(round.index());
    }

    private Decision unknownPrompt(RoundState round, String promptId) {
        return Decision.reject(ErrorCode.UNKNOWN_PROMPT,
                "round " + round.index() + " has no prompt '" + promptId + "'");
    }

    private Decision forbidden(String what) {
        return Decision.reject(ErrorCode.FORBIDDEN, "a " + actor.role().name().toLowerCase(java.util.Locale.ROOT)
                + " may not " + what);
    }

    /** Where the session is now, for stamping what is said. */
    private Moment moment() {
        return state.round()
                .map(round -> new Moment(round.index(), plan(round).phases().get(round.phaseIndex()).id(),
                        round.clock().used(now)))
                .orElse(Moment.OUTSIDE_ROUNDS);
    }
}
