package dev.sparring.evaluation.calibration.stats;

/**
 * One score given by one rater to one candidate on one competency.
 *
 * <p>The triple (rater, candidate, competency) identifies a rating: the estimators of this package refuse
 * two ratings with the same triple.
 *
 * @param raterId the interviewer who scored
 * @param candidateId the candidate scored
 * @param competencyId the rubric competency scored
 * @param score the score, normally a rubric level 1..4; any finite value is accepted here, and estimators
 *     that need levels say so
 */
public record Rating(String raterId, String candidateId, String competencyId, double score) {

    public Rating {
        requireId("raterId", raterId);
        requireId("candidateId", candidateId);
        requireId("competencyId", competencyId);
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite, got " + score + " (rater " + raterId
                + ", candidate " + candidateId + ", competency " + competencyId + ")");
        }
    }

    private static void requireId(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
