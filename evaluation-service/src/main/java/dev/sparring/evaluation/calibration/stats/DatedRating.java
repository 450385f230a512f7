package dev.sparring.evaluation.calibration.stats;

import java.time.Instant;

/**
 * A {@link Rating} with the instant it was given, for {@link SeverityDrift}.
 *
 * @param rating the rating
 * @param ratedAt when it was given
 */
public record DatedRating(Rating rating, Instant ratedAt) {

    public DatedRating {
        if (rating == null) {
            throw new IllegalArgumentException("rating is required");
        }
        if (ratedAt == null) {
            throw new IllegalArgumentException("ratedAt is required (rater " + rating.raterId() + ", candidate "
                + rating.candidateId() + ", competency " + rating.competencyId() + ")");
        }
    }

    /** Convenience constructor. */
    public DatedRating(String raterId, String candidateId, String competencyId, double score, Instant ratedAt) {
        this(new Rating(raterId, candidateId, competencyId, score), ratedAt);
    }
}
