package dev.sparring.session.rules;

import dev.sparring.contracts.kit.RoundPlan;
import dev.sparring.contracts.session.DeadlineKind;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.RoundClock;
import dev.sparring.contracts.session.RoundState;
import dev.sparring.contracts.session.RoundState.RoundStatus;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.contracts.session.SessionState.CodePad;
import dev.sparring.contracts.session.SessionState.Participation;
import dev.sparring.contracts.session.SessionState.SessionStatus;
import dev.sparring.contracts.session.TimerView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How an event changes a session's state. Uses nothing but the event, so replaying the event log
 * rebuilds exactly the state the live path built.
 */
public final class SessionEvolution implements SessionEvent.Handler<SessionState> {

    private final SessionState state;
    private final EventEnvelope envelope;

    private SessionEvolution(SessionState state, EventEnvelope envelope) {
        this.state = state;
        this.envelope = envelope;
    }

    /** @param state {@code null} before the session's first event */
    public static SessionState apply(SessionState state, EventEnvelope envelope) {
        return envelope.event().accept(new SessionEvolution(state, envelope)).withVersion(envelope.sequence());
    }

    public static SessionState replay(List<EventEnvelope> events) {
        SessionState state = null;
        for (EventEnvelope event : events) {
            state = apply(state, event);
        }
        return state;
    }

    @Override
    public SessionState on(SessionEvent.SessionCreated event) {
        List<RoundState> rounds = new ArrayList<>();
        List<RoundPlan> plans = event.kit().rounds();
        for (int i = 0; i < plans.size(); i++) {
            rounds.add(RoundState.pending(i, plans.get(i).duration()));
        }
        return new SessionState(envelope.sessionId(), event.teamId(), event.kit(), event.candidateName(),
                event.createdBy(), SessionStatus.OPEN, -1, rounds, Map.of(), CodePad.EMPTY, Map.of(), 0);
    }

    @Override
    public SessionState on(SessionEvent.SessionEnded event) {
        return state.withStatus(SessionStatus.ENDED);
    }

    @Override
    public SessionState on(SessionEvent.RoundStarted event) {
        RoundState round = state.rounds().get(event.roundIndex())
                .withStatus(RoundStatus.RUNNING)
                .withClock(clockFrom(state.rounds().get(event.roundIndex()).clock(), event.timer()));
        return state.withStatus(SessionStatus.IN_PROGRESS).withCurrentRound(event.roundIndex()).withRound(round);
    }

    @Override
    public SessionState on(SessionEvent.RoundEnded event) {
        RoundState round = state.rounds().get(event.roundIndex());
        RoundClock stopped = new RoundClock(round.clock().budget(), event.elapsed(), null);
        return state.withRound(round.withStatus(RoundStatus.ENDED).withClock(stopped));
    }

    @Override
    public SessionState on(SessionEvent.PhaseAdvanced event) {
        return state.withRound(state.rounds().get(event.roundIndex())
                .withPhase(event.phaseIndex(), event.phaseStartedAtOffset()));
    }

    @Override
    public SessionState on(SessionEvent.TimerStarted event) {
        return withTimer(event.roundIndex(), event.timer());
    }

    @Override
    public SessionState on(SessionEvent.TimerPaused event) {
        return withTimer(event.roundIndex(), event.timer());
    }

    @Override
    public SessionState on(SessionEvent.TimerExtended event) {
        RoundState round = state.rounds().get(event.roundIndex());
        RoundClock extended = clockFrom(round.clock().extend(event.by()), event.timer());
        RoundState changed = round.withClock(extended);
        if (round.roundDeadlineFired() && !event.timer().remaining().isNegative()
                && !event.timer().remaining().isZero()) {
            // more time after the time box ran out: the new end is a deadline of its own
            changed = new RoundState(changed.index(), changed.status(), changed.phaseIndex(), changed.phaseStartedAt(),
                    changed.clock(), changed.phaseDeadlineFired(), false, changed.revealedPromptIds(),
                    changed.notes(), changed.scores());
        }
        return state.withRound(changed);
    }

    @Override
    public SessionState on(SessionEvent.DeadlineElapsed event) {
        RoundState round = state.rounds().get(event.roundIndex());
        return state.withRound(event.kind() == DeadlineKind.ROUND
                ? round.withRoundDeadlineFired()
                : round.withPhaseDeadlineFired(event.phaseIndex()));
    }

    @Override
    public SessionState on(SessionEvent.PromptRevealed event) {
        RoundState round = state.rounds().get(event.roundIndex());
        List<String> revealed = new ArrayList<>(round.revealedPromptIds());
        revealed.add(event.promptId());
        return state.withRound(round.withRevealed(revealed));
    }

    @Override
    public SessionState on(SessionEvent.PromptHidden event) {
        RoundState round = state.rounds().get(event.roundIndex());
        List<String> revealed = new ArrayList<>(round.revealedPromptIds());
        revealed.remove(event.promptId());
        return state.withRound(round.withRevealed(revealed));
    }

    /** The transcript lives in the event log and the evaluation-service, not in the live state. */
    @Override
    public SessionState on(SessionEvent.UtteranceRecorded event) {
        return state;
    }

    @Override
    public SessionState on(SessionEvent.ChatPosted event) {
        return state;
    }

    @Override
    public SessionState on(SessionEvent.CodeUpdated event) {
        return state.withCodePad(new CodePad(event.text(), event.language(), event.revision()));
    }

    @Override
    public SessionState on(SessionEvent.NoteWritten event) {
        int index = event.moment().roundIndex();
        if (index < 0) {
            return state; // a note before the first round stays in the event log only
        }
        return state.withRound(state.rounds().get(index).withNote(new RoundState.Note(event.author().userId(),
                event.author().displayName(), event.text(), event.moment())));
    }

    @Override
    public SessionState on(SessionEvent.CompetencyScored event) {
        return state.withRound(state.rounds().get(event.roundIndex()).withScore(new RoundState.Score(
                event.interviewer().userId(), event.interviewer().displayName(), event.competency(), event.level(),
                event.comment())));
    }

    @Override
    public SessionState on(SessionEvent.RecommendationRecorded event) {
        return state.withRecommendation(event.interviewer().userId(), event.recommendation());
    }

    @Override
    public SessionState on(SessionEvent.PresenceChanged event) {
        Participation known = state.participants().get(event.participant().userId());
        boolean changed = known == null || known.status() != event.status();
        return state.withParticipant(new Participation(event.participant(), event.status(),
                changed ? envelope.occurredAt() : known.since(), event.connections()));
    }

    private SessionState withTimer(int roundIndex, TimerView timer) {
        RoundState round = state.rounds().get(roundIndex);
        return state.withRound(round.withClock(clockFrom(round.clock(), timer)));
    }

    /** The clock a timer view describes, on the round's budget. */
    private static RoundClock clockFrom(RoundClock clock, TimerView timer) {
        return new RoundClock(clock.budget(), clock.budget().minus(timer.remaining()),
                timer.running() ? timer.asOf() : null);
    }
}
