package dev.sparring.evaluation.calibration.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Severity-adjusted candidate scores: candidate ability and rater severity estimated jointly from an
 * incomplete (not every rater scores every candidate) but connected design.
 *
 * <h2>Model</h2>
 * The additive two-way main-effects model
 * <pre>
 *   y_i = μ + a_c(i) − s_r(i) + ε_i,     Σ_r s_r = 0,   Σ_c a_c = 0
 * </pre>
 * for rating i of candidate c(i) by rater r(i): μ is the grand level, a_c the candidate's ability, s_r the
 * rater's severity (positive = harsh: they score s_r below an average rater) and ε_i independent error with
 * constant variance. Every rating in the input is one observation, so when a candidate is scored on several
 * competencies those are replicate measurements of one ability; pass the ratings of a single competency to
 * adjust that competency alone. The constraints are unweighted: severities are relative to the average
 * <em>rater</em>, abilities to the average <em>candidate</em>.
 *
 * <h2>Estimation</h2>
 * Least squares, minimising {@code Σ_i (y_i − θ_c(i) + s_r(i))²} with {@code θ_c = μ + a_c}, by alternating
 * least squares (backfitting; block Gauss–Seidel on the normal equations):
 * <pre>
 *   θ_c ← mean over c's ratings of (y_i + s_r(i))
 *   s_r ← mean over r's ratings of (θ_c(i) − y_i)
 *   m = (1/R) Σ_r s_r;  s_r ← s_r − m;  θ_c ← θ_c − m        (imposes Σ s_r = 0, leaves the fit unchanged)
 * </pre>
 * Each step solves its block of the normal equations exactly, so the residual sum of squares never increases
 * and, on a connected design, the iteration converges (linearly) to the unique constrained least-squares
 * solution. With {@code Δ_t} the largest change of a severity in sweep t and {@code ρ_t = Δ_t / Δ_{t−1}} the
 * observed contraction rate, the remaining error of a linearly converging iteration is about
 * {@code Δ_t·ρ_t/(1 − ρ_t)}; the iteration stops when both {@code Δ_t} and that estimate are below
 * {@code tolerance} (so a slowly contracting, weakly linked design is not stopped early), and θ is then
 * recomputed from the final severities. Not converging within {@code maxIterations} is an error, never a
 * silent result. Well-linked designs converge in a few dozen sweeps; a chain of raters linked by single
 * shared candidates needs thousands.
 * Then {@code μ = (1/C) Σ_c θ_c}, {@code a_c = θ_c − μ}, and
 * <pre>
 *   residual SD = √(Σ_i (y_i − θ_c(i) + s_r(i))² / (N − C − R + 1))      (NaN when N − C − R + 1 ≤ 0)
 * </pre>
 * The <em>adjusted score</em> θ_c = μ + a_c is on the score scale (rubric levels 1..4): the expected score of
 * the candidate from a rater of average severity. Being a linear model it can leave [1, 4] for a candidate
 * at the edge of the scale scored by severe raters; {@link CandidateScore#adjustedScoreWithin} clamps.
 * On a complete balanced design the estimates reduce to the two-way ANOVA main effects: θ_c is the
 * candidate's mean and s_r is (grand mean − rater mean).
 *
 * <h2>Connectedness</h2>
 * The model is identified only if the bipartite graph linking raters and the candidates they scored is
 * connected (D. L. Weeks &amp; D. R. Williams (1964), "A note on the determination of connectedness in an
 * N-way cross classification", <i>Technometrics</i> 6, 319–324); otherwise the severities of different
 * components have no common reference. A disconnected design is refused, naming the components.
 *
 * <p>Compare the many-facet Rasch model (J. M. Linacre (1989), <i>Many-Facet Rasch Measurement</i>), which
 * models the ordinal categories through a logit link instead of treating levels as equal intervals.
 */
public final class SeverityAdjustedScores {

    /** Default convergence tolerance on a severity (largest change per sweep and estimated remaining error). */
    public static final double DEFAULT_TOLERANCE = 1e-10;
    /** Default cap on the number of sweeps. */
    public static final int DEFAULT_MAX_ITERATIONS = 1_000_000;

    private SeverityAdjustedScores() {
    }

    /**
     * A rater's estimated severity.
     *
     * @param raterId the rater
     * @param ratings number of ratings
     * @param rawMean mean of the rater's scores
     * @param severity s_r (positive = harsh), with Σ s_r = 0 over raters
     */
    public record RaterSeverity(String raterId, int ratings, double rawMean, double severity) {

        /** Leniency = −severity. */
        public double leniency() {
            return -severity;
        }
    }

    /**
     * A candidate's adjusted score.
     *
     * @param candidateId the candidate
     * @param ratings number of ratings
     * @param rawMean mean of the candidate's raw scores
     * @param ability a_c, relative to the average candidate
     * @param adjustedScore θ_c = μ + a_c, the expected score from an average-severity rater
     */
    public record CandidateScore(String candidateId, int ratings, double rawMean, double ability,
                                 double adjustedScore) {

        /** The adjusted score clamped to {@code [lowest, highest]}, e.g. the rubric range 1..4. */
        public double adjustedScoreWithin(double lowest, double highest) {
            return Math.max(lowest, Math.min(highest, adjustedScore));
        }
    }

    /**
     * The fitted model.
     *
     * @param grandMean μ
     * @param raters severities sorted by rater id
     * @param candidates adjusted scores sorted by candidate id
     * @param residualStandardDeviation √(RSS / residualDf), NaN when residualDf ≤ 0
     * @param residualDf N − C − R + 1
     * @param iterations sweeps used
     */
    public record Result(double grandMean, List<RaterSeverity> raters, List<CandidateScore> candidates,
                         double residualStandardDeviation, int residualDf, int iterations) {

        public Result {
            raters = List.copyOf(raters);
            candidates = List.copyOf(candidates);
        }

        /** The severity of one rater. */
        public Optional<RaterSeverity> rater(String raterId) {
            return raters.stream().filter(r -> r.raterId().equals(raterId)).findFirst();
        }

        /** The adjusted score of one candidate. */
        public Optional<CandidateScore> candidate(String candidateId) {
            return candidates.stream().filter(c -> c.candidateId().equals(candidateId)).findFirst();
        }
    }

    /** Fits with the default tolerance and iteration cap. */
    public static Result fit(Collection<Rating> ratings) {
        return fit(ratings, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * Fits the additive model by alternating least squares.
     *
     * @param ratings at most one rating per (rater, candidate, competency)
     * @param tolerance stop when neither the largest severity change in a sweep nor the estimated remaining
     *     error exceeds this (&gt; 0)
     * @param maxIterations cap on sweeps (&ge; 1)
     * @throws IllegalArgumentException no ratings, a repeated triple, or a disconnected design
     * @throws IllegalStateException no convergence within {@code maxIterations}
     */
    public static Result fit(Collection<Rating> ratings, double tolerance, int maxIterations) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        LeniencyDeviations.requireUnique(ratings);
        List<String> raterIds = new ArrayList<>(new TreeSet<>(ratings.stream().map(Rating::raterId).toList()));
        List<String> candidateIds =
            new ArrayList<>(new TreeSet<>(ratings.stream().map(Rating::candidateId).toList()));
        Map<String, Integer> raterIndex = index(raterIds);
        Map<String, Integer> candidateIndex = index(candidateIds);
        int n = ratings.size();
        int raterCount = raterIds.size();
        int candidateCount = candidateIds.size();
        int[] rater = new int[n];
        int[] candidate = new int[n];
        double[] y = new double[n];
        int i = 0;
        for (Rating r : ratings) {
            rater[i] = raterIndex.get(r.raterId());
            candidate[i] = candidateIndex.get(r.candidateId());
            y[i] = r.score();
            i++;
        }
        requireConnected(raterIds, candidateIds, rater, candidate);

        int[] raterN = new int[raterCount];
        int[] candidateN = new int[candidateCount];
        double[] raterSum = new double[raterCount];
        double[] candidateSum = new double[candidateCount];
        for (int k = 0; k < n; k++) {
            raterN[rater[k]]++;
            candidateN[candidate[k]]++;
            raterSum[rater[k]] += y[k];
            candidateSum[candidate[k]] += y[k];
        }

        double[] severity = new double[raterCount];
        double[] theta = new double[candidateCount];
        int iterations = 0;
        double change = Double.POSITIVE_INFINITY;
        double remainingError = Double.POSITIVE_INFINITY;
        while (change > tolerance || remainingError > tolerance) {
            if (iterations == maxIterations) {
                throw new IllegalStateException("severity-adjusted scores did not converge within " + maxIterations
                    + " iterations (last largest severity change " + change + "); the design is connected but"
                    + " weakly linked: add ratings that link raters, or raise maxIterations");
            }
            iterations++;
            updateTheta(theta, severity, y, rater, candidate, candidateN);
            double[] next = new double[raterCount];
            for (int k = 0; k < n; k++) {
                next[rater[k]] += theta[candidate[k]] - y[k];
            }
            double mean = 0;
            for (int r = 0; r < raterCount; r++) {
                next[r] /= raterN[r];
                mean += next[r];
            }
            mean /= raterCount;
            double previousChange = change;
            change = 0;
            for (int r = 0; r < raterCount; r++) {
                next[r] -= mean;
                change = Math.max(change, Math.abs(next[r] - severity[r]));
            }
            severity = next;
            double rate = change / previousChange;
            remainingError = change == 0 ? 0
                : rate < 1 ? change * rate / (1 - rate) : Double.POSITIVE_INFINITY;
        }
        updateTheta(theta, severity, y, rater, candidate, candidateN);

        double grandMean = 0;
        for (double t : theta) {
            grandMean += t;
        }
        grandMean /= candidateCount;
        double rss = 0;
        for (int k = 0; k < n; k++) {
            double residual = y[k] - theta[candidate[k]] + severity[rater[k]];
            rss += residual * residual;
        }
        int residualDf = n - candidateCount - raterCount + 1;
        double residualSd = residualDf > 0 ? Math.sqrt(rss / residualDf) : Double.NaN;

        List<RaterSeverity> raterResults = new ArrayList<>();
        for (int r = 0; r < raterCount; r++) {
            raterResults.add(new RaterSeverity(raterIds.get(r), raterN[r], raterSum[r] / raterN[r], severity[r]));
        }
        List<CandidateScore> candidateResults = new ArrayList<>();
        for (int c = 0; c < candidateCount; c++) {
            candidateResults.add(new CandidateScore(candidateIds.get(c), candidateN[c],
                candidateSum[c] / candidateN[c], theta[c] - grandMean, theta[c]));
        }
        return new Result(grandMean, raterResults, candidateResults, residualSd, residualDf, iterations);
    }

    private static void updateTheta(double[] theta, double[] severity, double[] y, int[] rater, int[] candidate,
                                    int[] candidateN) {
        Arrays.fill(theta, 0);
        for (int k = 0; k < y.length; k++) {
            theta[candidate[k]] += y[k] + severity[rater[k]];
        }
        for (int c = 0; c < theta.length; c++) {
            theta[c] /= candidateN[c];
        }
    }

    /** Refuses a design whose rater–candidate graph has more than one connected component. */
    private static void requireConnected(List<String> raterIds, List<String> candidateIds, int[] rater,
                                         int[] candidate) {
        int raterCount = raterIds.size();
        int[] parent = new int[raterCount + candidateIds.size()];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        for (int k = 0; k < rater.length; k++) {
            int a = find(parent, rater[k]);
            int b = find(parent, raterCount + candidate[k]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        Map<Integer, List<String>> componentRaters = new TreeMap<>();
        Map<Integer, List<String>> componentCandidates = new TreeMap<>();
        for (int r = 0; r < raterCount; r++) {
            componentRaters.computeIfAbsent(find(parent, r), ignored -> new ArrayList<>()).add(raterIds.get(r));
        }
        for (int c = 0; c < candidateIds.size(); c++) {
            componentCandidates.computeIfAbsent(find(parent, raterCount + c), ignored -> new ArrayList<>())
                .add(candidateIds.get(c));
        }
        if (componentRaters.size() == 1) {
            return;
        }
        StringBuilder message = new StringBuilder("the rater-candidate design is disconnected into ")
            .append(componentRaters.size())
            .append(" components, so severities in different components cannot be compared:");
        int number = 1;
        for (Map.Entry<Integer, List<String>> e : componentRaters.entrySet()) {
            message.append(number == 1 ? " " : "; ").append("component ").append(number++)
                .append(": raters ").append(abbreviate(e.getValue()))
                .append(", candidates ").append(abbreviate(componentCandidates.get(e.getKey())));
        }
        message.append(". Link them with a rater who scores candidates of both, or fit each component separately");
        throw new IllegalArgumentException(message.toString());
    }

    private static String abbreviate(List<String> ids) {
        int shown = 10;
        if (ids.size() <= shown) {
            return ids.toString();
        }
        return ids.subList(0, shown).toString().replace("]", ", … (" + ids.size() + " in all)]");
    }

    private static int find(int[] parent, int node) {
        int root = node;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[node] != root) {
            int next = parent[node];
            parent[node] = root;
            node = next;
        }
        return root;
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> index = new TreeMap<>();
        for (int k = 0; k < ids.size(); k++) {
            index.put(ids.get(k), k);
        }
        return index;
    }
}
