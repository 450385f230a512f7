package dev.sparring.evaluation.calibration.stats;

/**
 * Mean, sample standard deviation, standard error and t-based confidence interval of a sample:
 * <pre>
 *   x̄ = Σ x_i / n,   s = √(Σ (x_i − x̄)² / (n − 1)),   SE = s / √n,   x̄ ± t_{1−α/2}(n − 1)·SE
 * </pre>
 * With n = 1 the standard deviation, standard error and interval are NaN.
 */
record SampleSummary(int n, double mean, double standardDeviation, double standardError, double lower,
                     double upper, double sumOfSquares) {

    static SampleSummary of(double[] values, double confidence) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("empty sample");
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        if (n == 1) {
            return new SampleSummary(1, mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double se = sd / Math.sqrt(n);
        double t = Distributions.tQuantile(1 - (1 - confidence) / 2, n - 1);
        return new SampleSummary(n, mean, sd, se, mean - t * se, mean + t * se, ss);
    }
}
