package dev.sparring.evaluation.calibration.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-rating deviations behind {@link RaterEffects} and {@link SeverityDrift}: how far each score lies
 * from what the rest of the team gave the same candidate on the same competency.
 *
 * <p>For a rating by rater j of candidate c on competency q the reference is, in order of preference,
 * <ol>
 *   <li>the mean of the <em>other</em> raters' scores of candidate c on competency q (a "paired" rating);</li>
 *   <li>when nobody else scored that candidate on that competency, the team mean of competency q over all
 *       ratings by other raters;</li>
 *   <li>when nobody else ever scored competency q, the team mean over all ratings by other raters.</li>
 * </ol>
 * A rater is never compared with their own scores. The deviation is score − reference.
 */
final class LeniencyDeviations {

    /** One rating with its reference and deviation. */
    record Deviation(Rating rating, double reference, double deviation, boolean paired) {
    }

    private LeniencyDeviations() {
    }

    /**
     * Deviations of every rating, in the iteration order of {@code ratings}.
     *
     * @throws IllegalArgumentException no ratings, a repeated (rater, candidate, competency) triple, or a
     *     single rater (leniency relative to the team needs a team)
     */
    static List<Deviation> of(Collection<Rating> ratings) {
        requireUnique(ratings);
        Map<List<String>, double[]> cells = new HashMap<>();       // (candidate, competency) -> {sum, count}
        Map<String, double[]> competencies = new HashMap<>();      // competency -> {sum, count}
        Map<List<String>, double[]> raterCompetencies = new HashMap<>(); // (rater, competency) -> {sum, count}
        Map<String, double[]> raters = new HashMap<>();            // rater -> {sum, count}
        double totalSum = 0;
        for (Rating r : ratings) {
            add(cells, List.of(r.candidateId(), r.competencyId()), r.score());
            add(competencies, r.competencyId(), r.score());
            add(raterCompetencies, List.of(r.raterId(), r.competencyId()), r.score());
            add(raters, r.raterId(), r.score());
            totalSum += r.score();
        }
        if (raters.size() < 2) {
            throw new IllegalArgumentException("leniency is relative to the team and needs ratings from at least 2"
                + " raters, got " + raters.keySet());
        }
        int total = ratings.size();
        List<Deviation> deviations = new ArrayList<>(total);
        for (Rating r : ratings) {
            double[] cell = cells.get(List.of(r.candidateId(), r.competencyId()));
            double reference;
            boolean paired;
            if (cell[1] > 1) {
                reference = (cell[0] - r.score()) / (cell[1] - 1);
                paired = true;
            } else {
                double[] competency = competencies.get(r.competencyId());
                double[] own = raterCompetencies.get(List.of(r.raterId(), r.competencyId()));
                if (competency[1] > own[1]) {
                    reference = (competency[0] - own[0]) / (competency[1] - own[1]);
                } else {
                    double[] ownAll = raters.get(r.raterId());
                    reference = (totalSum - ownAll[0]) / (total - ownAll[1]);
                }
                paired = false;
            }
            deviations.add(new Deviation(r, reference, r.score() - reference, paired));
        }
        return deviations;
    }

    static void requireUnique(Collection<Rating> ratings) {
        if (ratings == null || ratings.isEmpty()) {
            throw new IllegalArgumentException("no ratings");
        }
        Set<List<String>> seen = new HashSet<>();
        for (Rating r : ratings) {
            if (r == null) {
                throw new IllegalArgumentException("ratings contain null");
            }
            if (!seen.add(List.of(r.raterId(), r.candidateId(), r.competencyId()))) {
                throw new IllegalArgumentException("rater " + r.raterId() + " scored candidate " + r.candidateId()
                    + " on competency " + r.competencyId() + " more than once; keep one score per triple");
            }
        }
    }

    private static <K> void add(Map<K, double[]> sums, K key, double value) {
        double[] sum = sums.computeIfAbsent(key, ignored -> new double[2]);
        sum[0] += value;
        sum[1]++;
    }
}
