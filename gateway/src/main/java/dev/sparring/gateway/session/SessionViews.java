package dev.sparring.gateway.session;

import dev.sparring.contracts.kit.PhasePlan;
import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.kit.RoundPlan;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.PresenceStatus;
import dev.sparring.contracts.session.RoundState;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.contracts.session.TimerView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What each role may see of a session. Interviewers see the whole state; the candidate's view is
 * built from an allow-list of fields, so nothing added to the state later can leak to candidates
 * by default: no kit internals, hidden prompts, hints, notes, scores or recommendations.
 */
public final class SessionViews {

    private SessionViews() {
    }

    public static Object forRole(ParticipantRole role, SessionState state, String viewerId, Instant now) {
        return role == ParticipantRole.INTERVIEWER ? interviewer(state, viewerId, now) : candidate(state, now);
    }

    /**
     * Everything, blind: in a round the viewer has not scored yet, other interviewers' scores are left
     * out, and so are other interviewers' recommendations until the viewer has recommended. This holds
     * for hiring managers and admins too: whoever has not scored a round does not see its scores.
     */
    public static InterviewerView interviewer(SessionState state, String viewerId, Instant now) {
        return new InterviewerView(blind(state, viewerId), state.round().map(round -> round.clock().view(now))
                .orElse(null));
    }

    /** Blind scoring on replays: another interviewer's score or recommendation is never replayed. */
    public static boolean visibleTo(EventEnvelope envelope, String viewerId) {
        SessionEvent event = envelope.event();
        if (event instanceof SessionEvent.CompetencyScored scored) {
            return scored.interviewer().userId().equals(viewerId);
        }
        if (event instanceof SessionEvent.RecommendationRecorded recommended) {
            return recommended.interviewer().userId().equals(viewerId);
        }
        return true;
    }

    static SessionState blind(SessionState state, String viewerId) {
        SessionState blinded = state;
        for (RoundState round : state.rounds()) {
            boolean scored = round.scores().stream().anyMatch(score -> score.interviewerId().equals(viewerId));
            if (!scored && !round.scores().isEmpty()) {
                blinded = blinded.withRound(new RoundState(round.index(), round.status(), round.phaseIndex(),
                        round.phaseStartedAt(), round.clock(), round.phaseDeadlineFired(), round.roundDeadlineFired(),
                        round.revealedPromptIds(), round.notes(), List.of()));
            }
        }
        if (!state.recommendations().containsKey(viewerId) && !state.recommendations().isEmpty()) {
            blinded = new SessionState(blinded.sessionId(), blinded.teamId(), blinded.kit(), blinded.candidateName(),
                    blinded.createdBy(), blinded.status(), blinded.currentRound(), blinded.rounds(),
                    blinded.participants(), blinded.codePad(), Map.of(), blinded.version());
        }
        return blinded;
    }

    public static CandidateView candidate(SessionState state, Instant now) {
        List<RoundSummary> rounds = state.rounds().stream().map(round -> {
            RoundPlan plan = state.kit().rounds().get(round.index());
            return new RoundSummary(round.index(), plan.kind(), plan.title(), round.status());
        }).toList();
        CurrentRound current = state.round().map(round -> currentRound(state, round, now)).orElse(null);
        List<ParticipantView> participants = state.participants().values().stream()
                .map(p -> new ParticipantView(p.actor().displayName(), p.actor().role(), p.status()))
                .toList();
        return new CandidateView(state.sessionId(), state.candidateName(), state.status(), state.version(), rounds,
                current, new CodePadView(state.codePad().text(), state.codePad().language(),
                        state.codePad().revision()), participants);
    }

    private static CurrentRound currentRound(SessionState state, RoundState round, Instant now) {
        RoundPlan plan = state.kit().rounds().get(round.index());
        PhasePlan phase = plan.phases().get(round.phaseIndex());
        List<RevealedPrompt> revealed = round.revealedPromptIds().stream()
                .map(id -> plan.findPrompt(id).orElseThrow())
                .map(prompt -> new RevealedPrompt(prompt.id(), prompt.parentId(), prompt.title(), prompt.text()))
                .toList();
        List<String> phases = plan.phases().stream().map(PhasePlan::title).toList();
        return new CurrentRound(round.index(), plan.kind(), plan.title(), round.status(), round.phaseIndex(),
                phase.id(), phase.title(), phases, round.clock().view(now), revealed);
    }

    /** Everything, plus the round clock read now. */
    public record InterviewerView(SessionState session, TimerView timer) {
    }

    public record CandidateView(String sessionId, String candidateName, SessionState.SessionStatus status,
            long version, List<RoundSummary> rounds, CurrentRound currentRound, CodePadView codePad,
            List<ParticipantView> participants) {
    }

    public record RoundSummary(int index, RoundKind kind, String title, RoundState.RoundStatus status) {
    }

    public record CurrentRound(int index, RoundKind kind, String title, RoundState.RoundStatus status,
            int phaseIndex, String phaseId, String phaseTitle, List<String> phases, TimerView timer,
            List<RevealedPrompt> revealedPrompts) {
    }

    public record RevealedPrompt(String id, String parentId, String title, String text) {
    }

    public record CodePadView(String text, String language, long revision) {
    }

    public record ParticipantView(String displayName, ParticipantRole role, PresenceStatus status) {
    }
}
