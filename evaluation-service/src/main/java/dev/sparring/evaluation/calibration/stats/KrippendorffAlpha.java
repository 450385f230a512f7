package dev.sparring.evaluation.calibration.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Krippendorff's alpha reliability coefficient for any number of raters, missing values and nominal,
 * ordinal, interval or ratio metrics, computed through the coincidence matrix exactly as in
 * K. Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for Communication,
 * University of Pennsylvania, departmental paper 43.
 *
 * <h2>Definition</h2>
 * Reliability data are m raters × N units; {@code m_u} is the number of values in unit u. Units with
 * {@code m_u < 2} cannot be paired and drop out. Every ordered pair of values (c, k) from two different
 * raters in the same unit adds {@code 1/(m_u − 1)} to the coincidence {@code o_ck}:
 * <pre>
 *   o_ck = Σ_u (number of c–k pairs in u) / (m_u − 1)
 *   n_c  = Σ_k o_ck,   n = Σ_c n_c  (the number of pairable values)
 *   α    = 1 − D_o / D_e = 1 − (n − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 * </pre>
 * with the difference functions ({@code c < k} ranked by value for ORDINAL)
 * <pre>
 *   NOMINAL   δ²_ck = 0 if c = k, else 1
 *   ORDINAL   δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²
 *   INTERVAL  δ²_ck = (c − k)²
 *   RATIO     δ²_ck = ((c − k)/(c + k))²
 * </pre>
 * {@code D_o = Σ o_ck δ²_ck / n} and {@code D_e = Σ n_c n_k δ²_ck / (n(n − 1))} are reported too.
 *
 * <p>Alpha is undefined when {@code D_e = 0}, i.e. when every pairable value is the same: that input is refused.
 */
public final class KrippendorffAlpha {

    /** The level of measurement, which selects the difference function δ². */
    public enum Metric {
        /** Categories without order: any two different values disagree equally. */
        NOMINAL,
        /** Ranks: the disagreement grows with the number of values observed between two ranks. */
        ORDINAL,
        /** Equal-interval scale: squared difference. */
        INTERVAL,
        /** Scale with an absolute zero: squared difference relative to the sum; values must be ≥ 0. */
        RATIO
    }

    private KrippendorffAlpha() {
    }

    /**
     * The coefficient with the quantities it is built from.
     *
     * @param alpha Krippendorff's alpha
     * @param metric the metric used
     * @param observedDisagreement D_o
     * @param expectedDisagreement D_e
     * @param pairableValues n, the number of values in units with at least two values
     * @param pairableUnits the number of units with at least two values
     * @param values the distinct pairable values in ascending order (the rows/columns of the coincidence matrix)
     * @param coincidences the coincidence matrix o_ck, indexed like {@code values}
     */
    public record Result(double alpha, Metric metric, double observedDisagreement, double expectedDisagreement,
                         double pairableValues, int pairableUnits, List<Double> values,
                         List<List<Double>> coincidences) {

        public Result {
            values = List.copyOf(values);
            coincidences = coincidences.stream().map(List::copyOf).toList();
        }

        /** The marginal n_c of the coincidence matrix for {@code values().get(index)}. */
        public double marginal(int index) {
            return coincidences.get(index).stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /**
     * Computes alpha from reliability data laid out as raters × units.
     *
     * @param ratersByUnits one row per rater, one column per unit; {@code null} marks a missing value
     * @param metric the level of measurement
     * @throws IllegalArgumentException rows of different lengths, non-finite values, negative values with
     *     RATIO, no unit with two or more values, or no variation among the pairable values
     */
    public static Result compute(Double[][] ratersByUnits, Metric metric) {
        if (metric == null) {
            throw new IllegalArgumentException("metric is required");
        }
        if (ratersByUnits == null || ratersByUnits.length == 0) {
            throw new IllegalArgumentException("Krippendorff's alpha needs at least one rater row");
        }
        int units = ratersByUnits[0] == null ? 0 : ratersByUnits[0].length;
        for (int r = 0; r < ratersByUnits.length; r++) {
            if (ratersByUnits[r] == null || ratersByUnits[r].length != units) {
                throw new IllegalArgumentException("rater row " + r + " has "
                    + (ratersByUnits[r] == null ? 0 : ratersByUnits[r].length) + " units but row 0 has " + units
                    + ": use null for a missing value");
            }
            for (int u = 0; u < units; u++) {
                Double value = ratersByUnits[r][u];
                if (value == null) {
                    continue;
                }
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("rater " + r + ", unit " + u + " has the non-finite value "
                        + value + ": use null for a missing value");
                }
                if (metric == Metric.RATIO && value < 0) {
                    throw new IllegalArgumentException("rater " + r + ", unit " + u + " has the negative value "
                        + value + ", which the ratio metric does not allow");
                }
            }
        }

        List<double[]> pairableUnits = new ArrayList<>();
        TreeSet<Double> distinct = new TreeSet<>();
        for (int u = 0; u < units; u++) {
            List<Double> present = new ArrayList<>();
            for (Double[] row : ratersByUnits) {
                if (row[u] != null) {
                    present.add(row[u] == 0.0 ? 0.0 : row[u]); // fold -0.0 into 0.0
                }
            }
            if (present.size() >= 2) {
                pairableUnits.add(present.stream().mapToDouble(Double::doubleValue).toArray());
                distinct.addAll(present);
            }
        }
        if (pairableUnits.isEmpty()) {
            throw new IllegalArgumentException(
                "Krippendorff's alpha needs at least one unit rated by two or more raters");
        }

        double[] values = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        int v = values.length;
        double[][] o = new double[v][v];
        for (double[] unit : pairableUnits) {
            double weight = 1.0 / (unit.length - 1);
            for (int a = 0; a < unit.length; a++) {
                int c = Arrays.binarySearch(values, unit[a]);
                for (int b = 0; b < unit.length; b++) {
                    if (a != b) {
                        o[c][Arrays.binarySearch(values, unit[b])] += weight;
                    }
                }
            }
        }
        double[] marginals = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                marginals[c] += o[c][k];
            }
            n += marginals[c];
        }

        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                double delta = difference(metric, values, marginals, c, k);
                observed += o[c][k] * delta;
                expected += marginals[c] * marginals[k] * delta;
            }
        }
        if (expected == 0) {
            throw new IllegalArgumentException("Krippendorff's alpha is undefined: all " + Math.round(n)
                + " pairable values are equal, so there is no variation to agree on");
        }
        double alpha = 1 - (n - 1) * observed / expected;
        List<List<Double>> coincidences = new ArrayList<>();
        for (double[] row : o) {
            coincidences.add(Arrays.stream(row).boxed().toList());
        }
        return new Result(alpha, metric, observed / n, expected / (n * (n - 1)), n, pairableUnits.size(),
            Arrays.stream(values).boxed().toList(), coincidences);
    }

    /**
     * Alpha for categorical ratings such as hire recommendations: each enum constant is coded by its
     * {@link Enum#ordinal()} (so ORDINAL and INTERVAL follow declaration order); {@code null} is missing.
     *
     * @param ratersByUnits one list per rater, each with one entry per unit
     */
    public static <E extends Enum<E>> Result computeCategorical(List<? extends List<E>> ratersByUnits,
                                                                 Metric metric) {
        if (metric == Metric.RATIO) {
            throw new IllegalArgumentException("the ratio metric has no meaning for categories");
        }
        Double[][] coded = new Double[ratersByUnits.size()][];
        for (int r = 0; r < coded.length; r++) {
            List<E> row = ratersByUnits.get(r);
            coded[r] = new Double[row.size()];
            for (int u = 0; u < row.size(); u++) {
                E category = row.get(u);
                coded[r][u] = category == null ? null : (double) category.ordinal();
            }
        }
        return compute(coded, metric);
    }

    private static double difference(Metric metric, double[] values, double[] marginals, int c, int k) {
        if (c == k) {
            return 0;
        }
        switch (metric) {
            case NOMINAL:
                return 1;
            case ORDINAL: {
                int low = Math.min(c, k);
                int high = Math.max(c, k);
                double sum = 0;
                for (int g = low; g <= high; g++) {
                    sum += marginals[g];
                }
                double d = sum - (marginals[low] + marginals[high]) / 2;
                return d * d;
            }
            case INTERVAL: {
                double d = values[c] - values[k];
                return d * d;
            }
            case RATIO: {
                double d = (values[c] - values[k]) / (values[c] + values[k]);
                return d * d;
            }
            default:
                throw new IllegalStateException("unknown metric " + metric);
        }
    }
}
