package dev.sparring.evaluation.report;

import dev.sparring.contracts.kit.RoundKind;
import java.util.List;

/**
 * What the candidate learns from the interview: per round and competency, what they did well (in
 * their own words) and what to work on. No interviewer notes, and no levels unless the team shows
 * them.
 *
 * @param level the rubric label of the interviewers' consensus (median), or {@code null} when the
 *     team does not share levels
 */
public record CandidateFeedback(String sessionId, String candidateName, List<FeedbackRound> rounds) {

    public record FeedbackRound(String title, RoundKind kind, List<FeedbackCompetency> competencies) {
    }

    public record FeedbackCompetency(String name, String level, List<String> strengths, List<String> growthAreas) {
    }
}
