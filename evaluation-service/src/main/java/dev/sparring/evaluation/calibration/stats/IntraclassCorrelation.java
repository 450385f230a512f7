package dev.sparring.evaluation.calibration.stats;

/**
 * Intraclass correlation coefficients of Shrout &amp; Fleiss (1979) for a complete n targets × k raters
 * matrix, with the ANOVA mean squares they are built from and their confidence intervals.
 *
 * <h2>Mean squares</h2>
 * With {@code x̄_i·} the mean of target i, {@code x̄_·j} the mean of rater j and {@code x̄} the grand mean:
 * <pre>
 *   BMS = k·Σ_i (x̄_i· − x̄)² / (n − 1)                        between targets
 *   WMS = Σ_i Σ_j (x_ij − x̄_i·)² / (n(k − 1))                within targets
 *   JMS = n·Σ_j (x̄_·j − x̄)² / (k − 1)                        between judges (raters)
 *   EMS = Σ_i Σ_j (x_ij − x̄_i· − x̄_·j + x̄)² / ((n − 1)(k − 1)) residual
 * </pre>
 *
 * <h2>Coefficients (Shrout &amp; Fleiss 1979; McGraw &amp; Wong 1996 names in the comments)</h2>
 * <pre>
 *   ICC(1,1) = (BMS − WMS) / (BMS + (k − 1)·WMS)                      one-way random, single rater
 *   ICC(2,1) = (BMS − EMS) / (BMS + (k − 1)·EMS + k·(JMS − EMS)/n)    two-way random, absolute agreement, ICC(A,1)
 *   ICC(3,1) = (BMS − EMS) / (BMS + (k − 1)·EMS)                      two-way mixed, consistency, ICC(C,1)
 *   ICC(1,k) = (BMS − WMS) / BMS
 *   ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n)                    ICC(A,k)
 *   ICC(3,k) = (BMS − EMS) / BMS                                      ICC(C,k)
 * </pre>
 *
 * <h2>Confidence intervals, level 1 − α (Shrout &amp; Fleiss 1979; McGraw &amp; Wong 1996)</h2>
 * {@code F_q(a, b)} is the q quantile of the F distribution, {@code q = 1 − α/2}.
 * <ul>
 *   <li>Case 1: {@code F0 = BMS/WMS}, {@code FL = F0 / F_q(n−1, n(k−1))}, {@code FU = F0 · F_q(n(k−1), n−1)};
 *       ICC(1,1) ∈ [(FL−1)/(FL+k−1), (FU−1)/(FU+k−1)], ICC(1,k) ∈ [1 − 1/FL, 1 − 1/FU].</li>
 *   <li>Case 3: as case 1 with {@code F0 = BMS/EMS} and degrees of freedom (n−1, (n−1)(k−1)).</li>
 *   <li>Case 2 (Satterthwaite approximation): with {@code ρ̂ = ICC(2,1)} and {@code Fj = JMS/EMS},
 *   <pre>
 *   v  = (n−1)(k−1)·[kρ̂Fj + n(1 + (k−1)ρ̂) − kρ̂]² / [(n−1)k²ρ̂²Fj² + (n(1 + (k−1)ρ̂) − kρ̂)²]
 *   F* = F_q(n−1, v),  F_* = F_q(v, n−1)
 *   lower = n(BMS − F*·EMS) / (F*·[k·JMS + (kn − k − n)·EMS] + n·BMS)
 *   upper = n(F_*·BMS − EMS) / (k·JMS + (kn − k − n)·EMS + n·F_*·BMS)
 *   </pre>
 *   and the ICC(2,k) bounds are the Spearman–Brown step-ups {@code kL/(1 + (k−1)L)} of these, which is
 *   algebraically identical to the McGraw &amp; Wong (1996) expressions for ICC(A,k) with the same v.</li>
 * </ul>
 * When EMS = 0 (raters perfectly consistent) the case-2 interval is undefined and reported as NaN.
 * Each form also carries its F test of H0: ICC = 0 ({@code F0} with its degrees of freedom and upper-tail
 * p-value), as in Shrout &amp; Fleiss (1979) and McGraw &amp; Wong (1996).
 *
 * <p>References: P. E. Shrout &amp; J. L. Fleiss (1979), "Intraclass correlations: Uses in assessing rater
 * reliability", <i>Psychological Bulletin</i> 86(2), 420–428. K. O. McGraw &amp; S. P. Wong (1996), "Forming
 * inferences about some intraclass correlation coefficients", <i>Psychological Methods</i> 1(1), 30–46.
 */
public final class IntraclassCorrelation {

    /** The default confidence level of the intervals. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private IntraclassCorrelation() {
    }

    /**
     * The two-way ANOVA decomposition behind the coefficients.
     *
     * @param bms between-targets mean square
     * @param wms within-target mean square (one-way model)
     * @param jms between-judges (raters) mean square
     * @param ems residual mean square of the two-way model
     */
    public record MeanSquares(double bms, double wms, double jms, double ems) {
    }

    /**
     * One coefficient with its confidence interval and the F test of H0: ICC = 0.
     *
     * @param value the point estimate
     * @param lower lower confidence bound
     * @param upper upper confidence bound
     * @param f the F statistic (BMS/WMS for case 1, BMS/EMS for cases 2 and 3)
     * @param df1 numerator degrees of freedom of the F test
     * @param df2 denominator degrees of freedom of the F test
     * @param p upper-tail p-value of the F test
     */
    public record Estimate(double value, double lower, double upper, double f, double df1, double df2, double p) {
    }

    /**
     * All six Shrout &amp; Fleiss forms.
     *
     * @param targets n, the number of rated targets (rows)
     * @param raters k, the number of raters (columns)
     * @param confidence the confidence level of the intervals, e.g. 0.95
     * @param satterthwaiteDf v, the approximate denominator degrees of freedom used for the case-2 interval
     */
    public record Result(int targets, int raters, MeanSquares meanSquares,
                         Estimate icc11, Estimate icc21, Estimate icc31,
                         Estimate icc1k, Estimate icc2k, Estimate icc3k,
                         double confidence, double satterthwaiteDf) {
    }

    /** Computes all forms with 95% confidence intervals. */
    public static Result compute(double[][] scores) {
        return compute(scores, DEFAULT_CONFIDENCE);
    }

    /**
     * Computes all forms.
     *
     * @param scores n targets × k raters, complete (no NaN), every row of length k
     * @param confidence confidence level in (0, 1)
     * @throws IllegalArgumentException fewer than 2 targets or 2 raters, ragged rows, missing (NaN) or
     *     infinite values, or a matrix whose scores are all identical (every coefficient is then 0/0)
     */
    public static Result compute(double[][] scores, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
        validate(scores);
        int n = scores.length;
        int k = scores[0].length;

        double grand = 0;
        double[] rowMeans = new double[n];
        double[] columnMeans = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                rowMeans[i] += scores[i][j];
                columnMeans[j] += scores[i][j];
                grand += scores[i][j];
            }
        }
        grand /= (double) n * k;
        for (int i = 0; i < n; i++) {
            rowMeans[i] /= k;
        }
        for (int j = 0; j < k; j++) {
            columnMeans[j] /= n;
        }
        double ssTotal = 0;
        double ssRows = 0;
        double ssColumns = 0;
        double ssError = 0;
        for (int i = 0; i < n; i++) {
            ssRows += k * square(rowMeans[i] - grand);
            for (int j = 0; j < k; j++) {
                ssTotal += square(scores[i][j] - grand);
                ssError += square(scores[i][j] - rowMeans[i] - columnMeans[j] + grand);
            }
        }
        for (int j = 0; j < k; j++) {
            ssColumns += n * square(columnMeans[j] - grand);
        }
        if (ssTotal == 0) {
            throw new IllegalArgumentException(
                "the intraclass correlation is undefined: all " + n * k + " scores are identical");
        }
        MeanSquares ms = new MeanSquares(ssRows / (n - 1), (ssTotal - ssRows) / ((double) n * (k - 1)),
            ssColumns / (k - 1), ssError / ((double) (n - 1) * (k - 1)));
        return fromMeanSquares(ms, n, k, confidence);
    }

    /**
     * Computes all forms from a published or precomputed ANOVA table, e.g. to reproduce a paper that
     * reports only the mean squares.
     *
     * @param ms the four mean squares
     * @param n the number of targets, &ge; 2
     * @param k the number of raters, &ge; 2
     * @param confidence confidence level in (0, 1)
     * @return the six forms with intervals and F tests
     * @throws IllegalArgumentException n or k below 2, or a mean square that is negative or not finite
     */
    public static Result fromMeanSquares(MeanSquares ms, int n, int k, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
        if (n < 2 || k < 2) {
            throw new IllegalArgumentException("the intraclass correlation needs at least 2 targets and 2 raters, got "
                + n + " targets and " + k + " raters");
        }
        for (double value : new double[] {ms.bms(), ms.wms(), ms.jms(), ms.ems()}) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("mean squares must be finite and >= 0, got " + ms);
            }
        }
        double bms = ms.bms();
        double wms = ms.wms();
        double jms = ms.jms();
        double ems = ms.ems();

        double q = 1 - (1 - confidence) / 2;

        // case 1: one-way random
        double df1 = n - 1;
        double dfWithin = (double) n * (k - 1);
        double f1 = bms / wms;
        double p1 = Distributions.fSurvival(f1, df1, dfWithin);
        double f1Lower = f1 / Distributions.fQuantile(q, df1, dfWithin);
        double f1Upper = f1 * Distributions.fQuantile(q, dfWithin, df1);
        Estimate icc11 = new Estimate((bms - wms) / (bms + (k - 1) * wms),
            singleRaterBound(f1Lower, k), singleRaterBound(f1Upper, k), f1, df1, dfWithin, p1);
        Estimate icc1k = new Estimate((bms - wms) / bms,
            1 - 1 / f1Lower, 1 - 1 / f1Upper, f1, df1, dfWithin, p1);

        // case 3: two-way mixed, consistency
        double dfError = (double) (n - 1) * (k - 1);
        double f3 = bms / ems;
        double p3 = Distributions.fSurvival(f3, df1, dfError);
        double f3Lower = f3 / Distributions.fQuantile(q, df1, dfError);
        double f3Upper = f3 * Distributions.fQuantile(q, dfError, df1);
        Estimate icc31 = new Estimate((bms - ems) / (bms + (k - 1) * ems),
            singleRaterBound(f3Lower, k), singleRaterBound(f3Upper, k), f3, df1, dfError, p3);
        Estimate icc3k = new Estimate((bms - ems) / bms,
            1 - 1 / f3Lower, 1 - 1 / f3Upper, f3, df1, dfError, p3);

        // case 2: two-way random, absolute agreement (Satterthwaite degrees of freedom)
        double rho = (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n);
        double fj = jms / ems;
        double common = n * (1 + (k - 1) * rho) - k * rho;
        double v = (n - 1) * (k - 1) * square(k * rho * fj + common)
            / ((n - 1) * square(k * rho * fj) + square(common));
        double lower2 = Double.NaN;
        double upper2 = Double.NaN;
        if (v > 0 && Double.isFinite(v)) {
            double fStar = Distributions.fQuantile(q, df1, v);
            double fSubStar = Distributions.fQuantile(q, v, df1);
            double spread = k * jms + ((double) k * n - k - n) * ems;
            lower2 = n * (bms - fStar * ems) / (fStar * spread + n * bms);
            upper2 = n * (fSubStar * bms - ems) / (spread + n * fSubStar * bms);
        }
        Estimate icc21 = new Estimate(rho, lower2, upper2, f3, df1, dfError, p3);
        Estimate icc2k = new Estimate((bms - ems) / (bms + (jms - ems) / n),
            spearmanBrown(lower2, k), spearmanBrown(upper2, k), f3, df1, dfError, p3);

        return new Result(n, k, ms, icc11, icc21, icc31, icc1k, icc2k, icc3k, confidence, v);
    }

    /** {@code (F − 1)/(F + k − 1)}, which tends to 1 as F grows without bound (a zero error mean square). */
    private static double singleRaterBound(double f, int k) {
        return Double.isInfinite(f) ? 1 : (f - 1) / (f + k - 1);
    }

    /** Reliability of the mean of k raters from single-rater reliability r: {@code kr / (1 + (k − 1)r)}. */
    static double spearmanBrown(double r, int k) {
        return k * r / (1 + (k - 1) * r);
    }

    private static void validate(double[][] scores) {
        if (scores == null || scores.length < 2) {
            throw new IllegalArgumentException("the intraclass correlation needs at least 2 targets (rows), got "
                + (scores == null ? 0 : scores.length));
        }
        if (scores[0] == null || scores[0].length < 2) {
            throw new IllegalArgumentException("the intraclass correlation needs at least 2 raters (columns), got "
                + (scores[0] == null ? 0 : scores[0].length));
        }
        int k = scores[0].length;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == null || scores[i].length != k) {
                throw new IllegalArgumentException("target " + i + " has "
                    + (scores[i] == null ? 0 : scores[i].length) + " scores but target 0 has " + k
                    + ": the intraclass correlation needs a complete targets × raters matrix");
            }
            for (int j = 0; j < k; j++) {
                if (Double.isNaN(scores[i][j])) {
                    throw new IllegalArgumentException("missing score (NaN) for target " + i + ", rater " + j
                        + ": the intraclass correlation needs a complete matrix; use Krippendorff's alpha for"
                        + " incomplete data");
                }
                if (Double.isInfinite(scores[i][j])) {
                    throw new IllegalArgumentException("infinite score for target " + i + ", rater " + j);
                }
            }
        }
    }

    private static double square(double x) {
        return x * x;
    }
}
