package dev.sparring.evaluation.report;

import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.Recommendation;
import dev.sparring.evaluation.evidence.Evidence;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rubric report of a session, for the hiring team: per round and competency the interviewers'
 * scores with the anchored description of the level they chose, the evidence found in the
 * transcript, and flags where the two disagree or the competency was never probed.
 *
 * @param version 1 for the first report of the session; a later version revises it (late events)
 * @param gaps what the session did not cover, in words
 */
public record SessionReport(String sessionId, int version, Instant generatedAt, String teamId, String candidateName,
        String kitId, String kitTitle, List<RoundReport> rounds, List<RecommendationEntry> recommendations,
        List<String> gaps, List<TranscriptLine> transcript) {

    public SessionReport withVersion(int newVersion) {
        return new SessionReport(sessionId, newVersion, generatedAt, teamId, candidateName, kitId, kitTitle, rounds,
                recommendations, gaps, transcript);
    }

    public record RoundReport(int roundIndex, RoundKind kind, String title, String rubricId, String status,
            List<CompetencyReport> competencies, List<NoteEntry> notes) {
    }

    public record CompetencyReport(String id, String name, String description, List<ScoreEntry> scores,
            List<Evidence> evidence, List<Flag> flags) {
    }

    /** @param label and anchor: the rubric's name and behavioural description of the level */
    public record ScoreEntry(String interviewerId, String interviewerName, int level, String label, String anchor,
            String comment) {
    }

    public enum Flag {
        /** An interviewer scored it, but the transcript holds nothing that supports it. */
        SCORE_WITHOUT_EVIDENCE,
        /** The transcript's evidence points clearly the other way from the score. */
        EVIDENCE_CONTRADICTS_SCORE,
        /** Nothing in the transcript bears on it either way. */
        NOT_PROBED
    }

    public record RecommendationEntry(String interviewerName, Recommendation recommendation) {
    }

    /** An interviewer's private note: in the team's report, never in the candidate's feedback. */
    public record NoteEntry(String authorName, String phaseId, Duration offset, String text) {
    }

    /** A line of the transcript; evidence quotes point here by {@code sequence}. */
    public record TranscriptLine(long sequence, String speakerName, ParticipantRole speakerRole, int roundIndex,
            String phaseId, Duration offset, String text) {
    }
}
