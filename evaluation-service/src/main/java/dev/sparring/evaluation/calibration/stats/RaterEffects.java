package dev.sparring.evaluation.calibration.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rater leniency (and its negation, severity) relative to the team, with uncertainty and empirical-Bayes
 * shrinkage, and each rater's score profile per competency.
 *
 * <h2>Raw leniency</h2>
 * Every rating is compared with a team reference (see the rules below); its deviation is
 * {@code d = score − reference}. Rater j's leniency is the mean of their n_j deviations,
 * <pre>
 *   L_j = Σ_i d_ij / n_j,   s_j = √(Σ_i (d_ij − L_j)² / (n_j − 1)),   SE_j = s_j / √n_j,
 *   interval  L_j ± t_{0.975}(n_j − 1) · SE_j                      (for the default 95% level)
 * </pre>
 * Reference for a rating of candidate c on competency q: the mean of the <em>other</em> raters' scores of
 * c on q; if nobody else scored c on q, the team mean of q over the other raters' ratings; if nobody else
 * ever scored q, the team mean over all the other raters' ratings. Positive leniency = scores above the team.
 * The standard error treats a rater's deviations as independent (see caveats).
 *
 * <h2>Empirical-Bayes shrinkage</h2>
 * Model: {@code L_j = θ_j + e_j} with true leniency {@code θ_j ~ (0, τ²)} and sampling error
 * {@code e_j ~ (0, σ²/n_j)}. Estimators (method of moments, J raters):
 * <pre>
 *   σ̂² = Σ_j Σ_i (d_ij − L_j)² / Σ_j (n_j − 1)             pooled within-rater variance of deviations
 *   τ̂² = max(0, (1/J) Σ_j (L_j² − σ̂²/n_j))                  since E[L_j²] = τ² + σ²/n_j
 *   B_j = τ̂² / (τ̂² + σ̂²/n_j)                                 shrinkage factor (B_j = 1 when σ̂² = 0)
 *   L̃_j = B_j · L_j,   posterior SD = √(B_j · σ̂²/n_j)
 * </pre>
 * A rater with few ratings (large σ̂²/n_j) is pulled toward 0 (the team) more than a rater with many.
 * If no rater has two ratings, σ̂² cannot be estimated and the shrunken values are NaN. If τ̂² is floored at
 * 0 every rater is shrunk fully to 0: the data show no leniency differences beyond sampling noise.
 * This is the James–Stein / Morris (1983) parametric empirical-Bayes estimator with a known prior mean of 0
 * (C. N. Morris (1983), "Parametric empirical Bayes inference: theory and applications", <i>JASA</i> 78,
 * 47–55); it ignores the uncertainty in τ̂² and σ̂².
 *
 * <h2>Competency profiles</h2>
 * For each rater and competency: count, mean, sample standard deviation (NaN for one rating) and the
 * distribution over rubric levels 1..4. Scores must therefore be whole levels 1..4.
 */
public final class RaterEffects {

    /** The lowest rubric level. */
    public static final int LOWEST_LEVEL = 1;
    /** The highest rubric level. */
    public static final int HIGHEST_LEVEL = 4;
    /** The default confidence level of the intervals. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private RaterEffects() {
    }

    /**
     * One rater's leniency.
     *
     * @param raterId the rater
     * @param ratings n_j, the number of ratings
     * @param pairedRatings how many of them were compared with other raters' scores of the same candidate and
     *     competency (the rest were compared with a team mean)
     * @param leniency L_j, mean deviation from the team (positive = lenient)
     * @param standardDeviation s_j of the deviations (NaN for one rating)
     * @param standardError SE_j = s_j / √n_j (NaN for one rating)
     * @param lower lower bound of the t interval (NaN for one rating)
     * @param upper upper bound of the t interval (NaN for one rating)
     * @param shrinkageFactor B_j in [0, 1] (NaN when σ̂² cannot be estimated)
     * @param shrunkenLeniency B_j · L_j
     * @param shrunkenStandardError √(B_j σ̂²/n_j), the approximate posterior standard deviation
     */
    public record RaterLeniency(String raterId, int ratings, int pairedRatings, double leniency,
                                double standardDeviation, double standardError, double lower, double upper,
                                double shrinkageFactor, double shrunkenLeniency, double shrunkenStandardError) {

        /** Severity = −leniency (positive = harsh). */
        public double severity() {
            return -leniency;
        }

        /** Shrunken severity = −shrunken leniency. */
        public double shrunkenSeverity() {
            return -shrunkenLeniency;
        }
    }

    /**
     * A rater's scores on one competency.
     *
     * @param raterId the rater
     * @param competencyId the competency
     * @param count number of ratings
     * @param mean mean score
     * @param standardDeviation sample standard deviation (NaN for one rating)
     * @param levelCounts counts of levels 1..4, index 0 = level 1
     */
    public record CompetencyProfile(String raterId, String competencyId, int count, double mean,
                                    double standardDeviation, List<Integer> levelCounts) {

        public CompetencyProfile {
            levelCounts = List.copyOf(levelCounts);
        }

        /** The number of ratings at {@code level} (1..4). */
        public int levelCount(int level) {
            return levelCounts.get(checkLevel(level) - LOWEST_LEVEL);
        }

        /** The share of ratings at {@code level} (1..4). */
        public double proportion(int level) {
            return (double) levelCount(level) / count;
        }
    }

    /**
     * Leniency of every rater and their competency profiles, sorted by rater id (then competency id).
     *
     * @param raters one entry per rater
     * @param profiles one entry per (rater, competency)
     * @param withinRaterVariance σ̂², pooled within-rater variance of deviations (NaN if no rater has 2 ratings)
     * @param withinRaterDf Σ_j (n_j − 1), its degrees of freedom
     * @param betweenRaterVariance τ̂², variance of true leniencies (floored at 0)
     * @param confidence the confidence level of the intervals
     */
    public record Result(List<RaterLeniency> raters, List<CompetencyProfile> profiles, double withinRaterVariance,
                         int withinRaterDf, double betweenRaterVariance, double confidence) {

        public Result {
            raters = List.copyOf(raters);
            profiles = List.copyOf(profiles);
        }

        /** The leniency of one rater. */
        public Optional<RaterLeniency> rater(String raterId) {
            return raters.stream().filter(r -> r.raterId().equals(raterId)).findFirst();
        }

        /** The profile of one rater on one competency. */
        public Optional<CompetencyProfile> profile(String raterId, String competencyId) {
            return profiles.stream()
                .filter(p -> p.raterId().equals(raterId) && p.competencyId().equals(competencyId))
                .findFirst();
        }
    }

    /** Estimates with 95% intervals. */
    public static Result estimate(Collection<Rating> ratings) {
        return estimate(ratings, DEFAULT_CONFIDENCE);
    }

    /**
     * Estimates leniencies and profiles.
     *
     * @param ratings at most one rating per (rater, candidate, competency); scores whole levels 1..4
     * @param confidence level of the t intervals, in (0, 1)
     * @throws IllegalArgumentException no ratings, a score that is not a level 1..4, a repeated triple, or a
     *     single rater
     */
    public static Result estimate(Collection<Rating> ratings, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
        LeniencyDeviations.requireUnique(ratings);
        for (Rating r : ratings) {
            if (r.score() != Math.rint(r.score()) || r.score() < LOWEST_LEVEL || r.score() > HIGHEST_LEVEL) {
                throw new IllegalArgumentException("score " + r.score() + " of rater " + r.raterId() + " for candidate "
                    + r.candidateId() + " on competency " + r.competencyId() + " is not a rubric level "
                    + LOWEST_LEVEL + ".." + HIGHEST_LEVEL);
            }
        }
        List<LeniencyDeviations.Deviation> deviations = LeniencyDeviations.of(ratings);

        Map<String, List<LeniencyDeviations.Deviation>> byRater = new TreeMap<>();
        for (LeniencyDeviations.Deviation d : deviations) {
            byRater.computeIfAbsent(d.rating().raterId(), ignored -> new ArrayList<>()).add(d);
        }
        Map<String, SampleSummary> summaries = new TreeMap<>();
        double pooledSs = 0;
        int pooledDf = 0;
        for (Map.Entry<String, List<LeniencyDeviations.Deviation>> e : byRater.entrySet()) {
            double[] values = e.getValue().stream().mapToDouble(LeniencyDeviations.Deviation::deviation).toArray();
            SampleSummary s = SampleSummary.of(values, confidence);
            summaries.put(e.getKey(), s);
            pooledSs += s.sumOfSquares();
            pooledDf += s.n() - 1;
        }
        double sigma2 = pooledDf > 0 ? pooledSs / pooledDf : Double.NaN;
        double tau2 = Double.NaN;
        if (!Double.isNaN(sigma2)) {
            double moment = 0;
            for (SampleSummary s : summaries.values()) {
                moment += s.mean() * s.mean() - sigma2 / s.n();
            }
            tau2 = Math.max(0, moment / summaries.size());
        }

        List<RaterLeniency> raters = new ArrayList<>();
        for (Map.Entry<String, SampleSummary> e : summaries.entrySet()) {
            SampleSummary s = e.getValue();
            int paired = (int) byRater.get(e.getKey()).stream().filter(LeniencyDeviations.Deviation::paired).count();
            double noise = sigma2 / s.n();
            double factor = Double.isNaN(sigma2) ? Double.NaN : noise == 0 ? 1 : tau2 / (tau2 + noise);
            raters.add(new RaterLeniency(e.getKey(), s.n(), paired, s.mean(), s.standardDeviation(),
                s.standardError(), s.lower(), s.upper(), factor, factor * s.mean(), Math.sqrt(factor * noise)));
        }
        return new Result(raters, profiles(ratings), sigma2, pooledDf, tau2, confidence);
    }

    private static List<CompetencyProfile> profiles(Collection<Rating> ratings) {
        Map<List<String>, List<Double>> scores = new TreeMap<>((a, b) -> {
            int byRater = a.get(0).compareTo(b.get(0));
            return byRater != 0 ? byRater : a.get(1).compareTo(b.get(1));
        });
        for (Rating r : ratings) {
            scores.computeIfAbsent(List.of(r.raterId(), r.competencyId()), ignored -> new ArrayList<>())
                .add(r.score());
        }
        List<CompetencyProfile> profiles = new ArrayList<>();
        for (Map.Entry<List<String>, List<Double>> e : scores.entrySet()) {
            double[] values = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            SampleSummary s = SampleSummary.of(values, DEFAULT_CONFIDENCE);
            Integer[] counts = new Integer[HIGHEST_LEVEL - LOWEST_LEVEL + 1];
            Arrays.fill(counts, 0);
            for (double v : values) {
                counts[(int) v - LOWEST_LEVEL]++;
            }
            profiles.add(new CompetencyProfile(e.getKey().get(0), e.getKey().get(1), s.n(), s.mean(),
                s.standardDeviation(), List.of(counts)));
        }
        return profiles;
    }

    private static int checkLevel(int level) {
        if (level < LOWEST_LEVEL || level > HIGHEST_LEVEL) {
            throw new IllegalArgumentException(
                "level must be " + LOWEST_LEVEL + ".." + HIGHEST_LEVEL + ", got " + level);
        }
        return level;
    }
}
