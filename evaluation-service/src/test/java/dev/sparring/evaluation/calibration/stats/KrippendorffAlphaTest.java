package dev.sparring.evaluation.calibration.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sparring.evaluation.calibration.stats.KrippendorffAlpha.Metric;
import dev.sparring.evaluation.calibration.stats.KrippendorffAlpha.Result;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha against the worked examples of K. Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", University of Pennsylvania, Annenberg School for Communication, departmental paper 43:
 * its binary two-observer example (called A here), its nominal two-observer example (B) and its example with
 * 4 observers × 12 units, values 1..5 and missing data (C), for which the paper publishes the nominal,
 * ordinal, interval and ratio alphas .743, .815, .849 and .797.
 */
class KrippendorffAlphaTest {

    private static final Double N = null;

    /** Krippendorff (2011), 4-observer example: observers A–D (rows) × units 1–12 (columns); null = missing. */
    private static final Double[][] EXAMPLE_C = {
        {1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 4.0, 1.0, 2.0, N, N, N},
        {1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 4.0, 1.0, 2.0, 5.0, N, 3.0},
        {N, 3.0, 3.0, 3.0, 2.0, 3.0, 4.0, 2.0, 2.0, 5.0, 1.0, N},
        {1.0, 2.0, 3.0, 3.0, 2.0, 4.0, 4.0, 1.0, 2.0, 5.0, 1.0, N},
    };

    @Test
    void nominalAlphaMatchesKrippendorff2011ExampleC() {
        // published α_nominal = 0.743 (unrounded 0.743421)
        Result result = KrippendorffAlpha.compute(EXAMPLE_C, Metric.NOMINAL);
        assertThat(result.alpha()).isCloseTo(0.743, within(0.0005)).isCloseTo(0.743421, within(1e-6));
    }

    @Test
    void ordinalAlphaMatchesKrippendorff2011ExampleC() {
        // published α_ordinal = 0.815
        assertThat(KrippendorffAlpha.compute(EXAMPLE_C, Metric.ORDINAL).alpha())
            .isCloseTo(0.815, within(0.0005)).isCloseTo(0.815388, within(1e-6));
    }

    @Test
    void intervalAlphaMatchesKrippendorff2011ExampleC() {
        // published α_interval = 0.849
        assertThat(KrippendorffAlpha.compute(EXAMPLE_C, Metric.INTERVAL).alpha())
            .isCloseTo(0.849, within(0.0005)).isCloseTo(0.849107, within(1e-6));
    }

    @Test
    void ratioAlphaMatchesKrippendorff2011ExampleC() {
        // published α_ratio = 0.797
        assertThat(KrippendorffAlpha.compute(EXAMPLE_C, Metric.RATIO).alpha())
            .isCloseTo(0.797, within(0.0005)).isCloseTo(0.797403, within(1e-6));
    }

    @Test
    void coincidenceMatrixOfExampleCMatchesThePaper() {
        // as tabulated in the paper: unit 12 holds one value and drops out, leaving n = 40 pairable values
        // in 11 units with marginals n_1..n_5 = 9, 13, 10, 5, 3; o_11 = 7, o_12 = 4/3, o_22 = 10, o_55 = 3
        Result result = KrippendorffAlpha.compute(EXAMPLE_C, Metric.NOMINAL);
        assertThat(result.pairableValues()).isCloseTo(40, within(1e-12));
        assertThat(result.pairableUnits()).isEqualTo(11);
        assertThat(result.values()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        double[] marginals = {9, 13, 10, 5, 3};
        for (int c = 0; c < 5; c++) {
            assertThat(result.marginal(c)).isCloseTo(marginals[c], within(1e-12));
        }
        assertThat(result.coincidences().get(0).get(0)).isCloseTo(7, within(1e-12));
        assertThat(result.coincidences().get(0).get(1)).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(result.coincidences().get(1).get(1)).isCloseTo(10, within(1e-12));
        assertThat(result.coincidences().get(4).get(4)).isCloseTo(3, within(1e-12));
    }

    @Test
    void binaryTwoObserverAlphaMatchesKrippendorff2011ExampleA() {
        // published α = 0.095: o_01 = 4, n_0 = 14, n_1 = 6, n = 20 → 1 − 19 · 4/(14 · 6) = 0.0952
        Double[][] exampleA = {
            {0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0},
            {1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0},
        };
        assertThat(KrippendorffAlpha.compute(exampleA, Metric.NOMINAL).alpha())
            .isCloseTo(1 - 19.0 * 4 / (14 * 6), within(1e-12)).isCloseTo(0.095, within(0.0005));
    }

    @Test
    void nominalTwoObserverAlphaMatchesKrippendorff2011ExampleB() {
        // published α = 0.692 for categories a..e (coded 1..5): three disagreeing units, n = 24,
        // Σ n_c² = 128 → 1 − 23 · 6/(576 − 128) = 0.6920
        Double[][] exampleB = {
            codes("aabbdcccedda"),
            codes("babbbccceddd"),
        };
        assertThat(KrippendorffAlpha.compute(exampleB, Metric.NOMINAL).alpha())
            .isCloseTo(1 - 23.0 * 6 / 448, within(1e-12)).isCloseTo(0.692, within(0.0005));
    }

    @Test
    void unitsWithASingleValueDropOut() {
        Double[][] withExtraLoneValues = Arrays.stream(EXAMPLE_C)
            .map(row -> Arrays.copyOf(row, row.length + 2)).toArray(Double[][]::new);
        withExtraLoneValues[0][12] = 5.0;
        withExtraLoneValues[3][13] = 1.0;
        assertThat(KrippendorffAlpha.compute(withExtraLoneValues, Metric.INTERVAL).alpha())
            .isEqualTo(KrippendorffAlpha.compute(EXAMPLE_C, Metric.INTERVAL).alpha());
    }

    @Test
    void perfectAgreementGivesOne() {
        Double[][] agree = {{1.0, 2.0, 4.0, N}, {1.0, 2.0, 4.0, 3.0}, {N, 2.0, 4.0, 3.0}};
        for (Metric metric : Metric.values()) {
            assertThat(KrippendorffAlpha.compute(agree, metric).alpha()).isEqualTo(1.0);
        }
    }

    enum Recommendation { STRONG_NO, NO, LEAN_NO, LEAN_YES, YES, STRONG_YES }

    @Test
    void hireRecommendationsAreCodedByDeclarationOrder() {
        Recommendation[][] rows = {
            {Recommendation.STRONG_NO, Recommendation.LEAN_YES, Recommendation.YES, null},
            {Recommendation.NO, Recommendation.LEAN_YES, Recommendation.STRONG_YES, Recommendation.LEAN_NO},
            {null, Recommendation.YES, Recommendation.STRONG_YES, Recommendation.LEAN_NO},
        };
        Double[][] coded = {{0.0, 3.0, 4.0, N}, {1.0, 3.0, 5.0, 2.0}, {N, 4.0, 5.0, 2.0}};
        List<List<Recommendation>> lists = Arrays.stream(rows).map(Arrays::asList).toList();
        assertThat(KrippendorffAlpha.computeCategorical(lists, Metric.ORDINAL).alpha())
            .isEqualTo(KrippendorffAlpha.compute(coded, Metric.ORDINAL).alpha());
    }

    @Test
    void refusesDataWithoutPairableUnits() {
        assertThatThrownBy(() -> KrippendorffAlpha.compute(new Double[][] {{1.0, N}, {N, 2.0}}, Metric.NOMINAL))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("at least one unit rated by two or more raters");
    }

    @Test
    void refusesDataWithoutVariation() {
        assertThatThrownBy(() -> KrippendorffAlpha.compute(new Double[][] {{3.0, 3.0}, {3.0, 3.0}}, Metric.INTERVAL))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all 4 pairable values are equal");
    }

    @Test
    void refusesNegativeValuesOnARatioScaleAndNaN() {
        assertThatThrownBy(() -> KrippendorffAlpha.compute(new Double[][] {{-1.0, 2.0}, {1.0, 2.0}}, Metric.RATIO))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ratio metric");
        assertThatThrownBy(() -> KrippendorffAlpha.compute(new Double[][] {{Double.NaN, 2.0}, {1.0, 2.0}},
            Metric.NOMINAL)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use null");
    }

    private static Double[] codes(String letters) {
        return letters.chars().mapToObj(c -> (double) (c - 'a' + 1)).toArray(Double[]::new);
    }
}
