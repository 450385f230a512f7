package dev.sparring.contracts.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One round of a session as played so far.
 *
 * @param phaseStartedAt the round clock's reading when the current phase began
 * @param phaseDeadlineFired the index of the last phase whose planned time was announced as
 *     elapsed, -1 for none; stops a deadline from firing twice
 * @param revealedPromptIds prompts the candidate can see now, in the order they were revealed
 * @param notes interviewers' private notes
 * @param scores the latest score per interviewer and competency
 */
public record RoundState(int index, RoundStatus status, int phaseIndex, Duration phaseStartedAt, RoundClock clock,
        int phaseDeadlineFired, boolean roundDeadlineFired, List<String> revealedPromptIds, List<Note> notes,
        List<Score> scores) {

    public RoundState {
        revealedPromptIds = List.copyOf(revealedPromptIds);
        notes = List.copyOf(notes);
        scores = List.copyOf(scores);
    }

    public enum RoundStatus {
        PENDING,
        RUNNING,
        ENDED
    }

    public static RoundState pending(int index, Duration budget) {
        return new RoundState(index, RoundStatus.PENDING, 0, Duration.ZERO, RoundClock.stopped(budget), -1, false,
                List.of(), List.of(), List.of());
    }

    public RoundState withStatus(RoundStatus newStatus) {
        return new RoundState(index, newStatus, phaseIndex, phaseStartedAt, clock, phaseDeadlineFired,
                roundDeadlineFired, revealedPromptIds, notes, scores);
    }

    public RoundState withPhase(int newPhaseIndex, Duration startedAt) {
        return new RoundState(index, status, newPhaseIndex, startedAt, clock, phaseDeadlineFired, roundDeadlineFired,
                revealedPromptIds, notes, scores);
    }

    public RoundState withClock(RoundClock newClock) {
        return new RoundState(index, status, phaseIndex, phaseStartedAt, newClock, phaseDeadlineFired,
                roundDeadlineFired, revealedPromptIds, notes, scores);
    }

    public RoundState withPhaseDeadlineFired(int phase) {
        return new RoundState(index, status, phaseIndex, phaseStartedAt, clock, phase, roundDeadlineFired,
                revealedPromptIds, notes, scores);
    }

    public RoundState withRoundDeadlineFired() {
        return new RoundState(index, status, phaseIndex, phaseStartedAt, clock, phaseDeadlineFired, true,
                revealedPromptIds, notes, scores);
    }

    public RoundState withRevealed(List<String> promptIds) {
        return new RoundState(index, status, phaseIndex, phaseStartedAt, clock, phaseDeadlineFired,
                roundDeadlineFired, promptIds, notes, scores);
    }

    public RoundState withNote(Note note) {
        List<Note> changed = new ArrayList<>(notes);
        changed.add(note);
        return new RoundState(index, status, phaseIndex, phaseStartedAt, clock, phaseDeadlineFired,
                roundDeadlineFired, revealedPromptIds, changed, scores);
    }

    public RoundState withScore(Score score) {
        List<Score> changed = new ArrayList<>(scores);
        changed.removeIf(existing -> existing.interviewerId().equals(score.interviewerId())
                && existing.competency().equals(score.competency()));
        changed.add(score);
        return new RoundState(index, status, phaseIndex, phaseStartedAt, clock, phaseDeadlineFired,
                roundDeadlineFired, revealedPromptIds, notes, changed);
    }

    public record Note(String authorId, String authorName, String text, Moment moment) {
    }

    public record Score(String interviewerId, String interviewerName, String competency, int level, String comment) {
    }
}
