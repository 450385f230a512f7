package dev.sparring.evaluation.calibration.exercise;

import dev.sparring.contracts.kit.RoundKind;
import java.time.Instant;
import java.util.List;

/**
 * One exercise in the team's list, as a member sees it.
 *
 * @param candidateName the session's candidate; {@code null} when it is not known
 * @param scored whether the member asking has submitted scores in this exercise
 * @param members how many members have submitted scores
 */
public record ExerciseSummary(String id, String sessionId, String candidateName, String createdBy,
        Instant createdAt, List<RoundKind> roundKinds, boolean scored, int members) {

    public ExerciseSummary {
        roundKinds = List.copyOf(roundKinds);
    }
}
