package dev.sparring.evaluation.offline;

import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.session.Recommendation;
import java.util.List;

/**
 * An interview recorded elsewhere, to be evaluated with the same rubrics and rules (documented in
 * docs/evaluation.md). Nothing is stored.
 *
 * @param rounds one entry per round, in the order they were played
 */
public record OfflineTranscript(String candidateName, List<Round> rounds, List<Verdict> recommendations) {

    /**
     * @param competencies the rubric competencies to assess; empty means all of the kind's rubric
     */
    public record Round(RoundKind kind, String title, List<String> competencies, List<Score> scores,
            List<Line> utterances) {
    }

    /**
     * @param speaker {@code candidate} or {@code interviewer}
     * @param offsetSeconds seconds since the round started
     */
    public record Line(String speaker, String name, String phaseId, Long offsetSeconds, String text) {
    }

    public record Score(String interviewer, String competency, Integer level, String comment) {
    }

    public record Verdict(String interviewer, Recommendation recommendation) {
    }
}
