package dev.sparring.evaluation.material;

import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.session.Recommendation;
import dev.sparring.evaluation.evidence.Utterance;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the evaluation of one session works from: the kit it followed, what was said in each round,
 * the interviewers' scores, notes and recommendations. Built from the session's events (or from an
 * offline transcript), never from the live state.
 *
 * @param lastEventAt when the latest event included happened: the report's {@code generatedAt}
 */
public record SessionMaterial(String sessionId, String teamId, String candidateName, InterviewKit kit,
        Map<Integer, RoundMaterial> rounds, Map<String, InterviewerVerdict> recommendations, boolean ended,
        Instant lastEventAt) {

    /**
     * @param status {@code PENDING}, {@code RUNNING} or {@code ENDED}
     * @param utterances in transcript order
     */
    public record RoundMaterial(int roundIndex, String status, List<Utterance> utterances, List<Score> scores,
            List<Note> notes) {
    }

    /** The latest score an interviewer gave a competency in a round. */
    public record Score(String interviewerId, String interviewerName, String competency, int level, String comment) {
    }

    public record Note(String authorName, String text, String phaseId, java.time.Duration offset) {
    }

    public record InterviewerVerdict(String interviewerName, Recommendation recommendation) {
    }
}
