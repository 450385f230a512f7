package dev.sparring.evaluation.calibration.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sparring.evaluation.calibration.stats.IntraclassCorrelation.MeanSquares;
import dev.sparring.evaluation.calibration.stats.IntraclassCorrelation.Result;
import org.junit.jupiter.api.Test;

/**
 * ICC forms against Shrout &amp; Fleiss (1979), "Intraclass correlations: Uses in assessing rater
 * reliability", Psychological Bulletin 86(2), 420–428: the Table 2 data (6 targets × 4 judges), the mean
 * squares they report for it and the Table 4 coefficients (published to 2 decimals). The exact values are
 * the formulas evaluated on the raw data in exact rational arithmetic: BMS = 1349/120, WMS = 451/72,
 * JMS = 2339/72, EMS = 367/360.
 */
class IntraclassCorrelationTest {

    /** Shrout &amp; Fleiss (1979), Table 2: rows are targets, columns judges 1–4. */
    private static final double[][] SHROUT_FLEISS_TABLE_2 = {
        {9, 2, 5, 8},
        {6, 1, 3, 2},
        {8, 4, 6, 8},
        {7, 1, 2, 6},
        {10, 5, 6, 9},
        {6, 2, 4, 7},
    };

    private final Result result = IntraclassCorrelation.compute(SHROUT_FLEISS_TABLE_2);

    @Test
    void meanSquaresMatchShroutAndFleiss() {
        // published: BMS = 11.24, WMS = 6.26, JMS = 32.49, EMS = 1.02
        MeanSquares ms = result.meanSquares();
        assertThat(ms.bms()).isCloseTo(1349.0 / 120, within(1e-12)).isCloseTo(11.24, within(0.005));
        assertThat(ms.wms()).isCloseTo(451.0 / 72, within(1e-12)).isCloseTo(6.26, within(0.005));
        assertThat(ms.jms()).isCloseTo(2339.0 / 72, within(1e-12)).isCloseTo(32.49, within(0.005));
        assertThat(ms.ems()).isCloseTo(367.0 / 360, within(1e-12)).isCloseTo(1.02, within(0.005));
        assertThat(result.targets()).isEqualTo(6);
        assertThat(result.raters()).isEqualTo(4);
    }

    @Test
    void icc11MatchesShroutAndFleissTable4() {
        // (BMS − WMS)/(BMS + 3 WMS) = 448/2703 = 0.165742; published .17
        assertThat(result.icc11().value()).isCloseTo(448.0 / 2703, within(1e-12)).isCloseTo(0.1657, within(5e-5))
            .isCloseTo(0.17, within(0.005));
    }

    @Test
    void icc21MatchesShroutAndFleissTable4() {
        // (BMS − EMS)/(BMS + 3 EMS + 4(JMS − EMS)/6) = 184/635 = 0.289764; published .29
        assertThat(result.icc21().value()).isCloseTo(184.0 / 635, within(1e-12)).isCloseTo(0.2898, within(5e-5))
            .isCloseTo(0.29, within(0.005));
    }

    @Test
    void icc31MatchesShroutAndFleissTable4() {
        // (BMS − EMS)/(BMS + 3 EMS) = 920/1287 = 0.714841; published .71
        assertThat(result.icc31().value()).isCloseTo(920.0 / 1287, within(1e-12)).isCloseTo(0.7148, within(5e-5))
            .isCloseTo(0.71, within(0.005));
    }

    @Test
    void icc1kMatchesShroutAndFleissTable4() {
        // (BMS − WMS)/BMS = 1792/4047 = 0.442797; published .44
        assertThat(result.icc1k().value()).isCloseTo(1792.0 / 4047, within(1e-12)).isCloseTo(0.4428, within(5e-5))
            .isCloseTo(0.44, within(0.005));
    }

    @Test
    void icc2kMatchesShroutAndFleissTable4() {
        // (BMS − EMS)/(BMS + (JMS − EMS)/6) = 736/1187 = 0.620051; published .62
        assertThat(result.icc2k().value()).isCloseTo(736.0 / 1187, within(1e-12)).isCloseTo(0.6201, within(5e-5))
            .isCloseTo(0.62, within(0.005));
    }

    @Test
    void icc3kMatchesShroutAndFleissTable4() {
        // (BMS − EMS)/BMS = 3680/4047 = 0.909316; published .91
        assertThat(result.icc3k().value()).isCloseTo(3680.0 / 4047, within(1e-12)).isCloseTo(0.9093, within(5e-5))
            .isCloseTo(0.91, within(0.005));
    }

    @Test
    void publishedMeanSquaresReproduceTable4ThroughTheFormulas() {
        // the formulas applied to the rounded mean squares printed by Shrout & Fleiss, evaluated by hand:
        // ICC(1,1) = 4.98/30.02 = .1659, ICC(2,1) = 10.22/35.28 = .2897, ICC(3,1) = 10.22/14.30 = .7147,
        // ICC(1,4) = 4.98/11.24 = .4431, ICC(2,4) = 10.22/16.485 = .6200, ICC(3,4) = 10.22/11.24 = .9093
        Result published = IntraclassCorrelation.fromMeanSquares(new MeanSquares(11.24, 6.26, 32.49, 1.02), 6, 4, 0.95);
        assertThat(published.icc11().value()).isCloseTo(4.98 / 30.02, within(1e-12)).isCloseTo(0.1659, within(5e-5));
        assertThat(published.icc21().value()).isCloseTo(10.22 / 35.28, within(1e-12)).isCloseTo(0.2897, within(5e-5));
        assertThat(published.icc31().value()).isCloseTo(10.22 / 14.30, within(1e-12)).isCloseTo(0.7147, within(5e-5));
        assertThat(published.icc1k().value()).isCloseTo(4.98 / 11.24, within(1e-12)).isCloseTo(0.4431, within(5e-5));
        assertThat(published.icc2k().value()).isCloseTo(10.22 / 16.485, within(1e-12)).isCloseTo(0.6200, within(5e-5));
        assertThat(published.icc3k().value()).isCloseTo(10.22 / 11.24, within(1e-12)).isCloseTo(0.9093, within(5e-5));
    }

    @Test
    void fTestsUseShroutAndFleissStatisticsAndDegreesOfFreedom() {
        // case 1: F = BMS/WMS = 1.7947 on (5, 18); cases 2 and 3: F = BMS/EMS = 11.0272 on (5, 15)
        assertThat(result.icc11().f()).isCloseTo((1349.0 / 120) / (451.0 / 72), within(1e-12));
        assertThat(result.icc11().df1()).isEqualTo(5);
        assertThat(result.icc11().df2()).isEqualTo(18);
        assertThat(result.icc31().f()).isCloseTo(11.0272, within(5e-5));
        assertThat(result.icc31().df2()).isEqualTo(15);
        // upper-tail p-values, as printed by psych::ICC (Revelle) for these data: 0.16477 and 0.00013
        assertThat(result.icc11().p()).isCloseTo(0.16477, within(5e-6));
        assertThat(result.icc31().p()).isCloseTo(0.000135, within(5e-6));
    }

    @Test
    void confidenceIntervalsFollowShroutAndFleissAndMcGrawAndWong() {
        // 95% bounds from the Shrout & Fleiss / McGraw & Wong formulas (the same figures psych::ICC prints for
        // these data, there rounded to 2–3 decimals); reference values computed independently with
        // scipy.stats.f.ppf: v (Satterthwaite) = 4.785144
        assertThat(result.satterthwaiteDf()).isCloseTo(4.785144, within(1e-5));
        assertBounds(result.icc11(), -0.132932, 0.722560);
        assertBounds(result.icc21(), 0.018787, 0.761084);
        assertBounds(result.icc31(), 0.342465, 0.945858);
        assertBounds(result.icc1k(), -0.884442, 0.912415);
        assertBounds(result.icc2k(), 0.071137, 0.927232);
        assertBounds(result.icc3k(), 0.675675, 0.985892);
    }

    @Test
    void absoluteAgreementIntervalReproducesTheIrrPackageAnxietyExample() {
        // R package irr (Gamer, Lemon, Fellows & Singh), data set `anxiety` (20 subjects × 3 raters);
        // icc(anxiety, model = "twoway", type = "agreement") prints ICC(A,1) = 0.198, F(19, 39.7) = 1.83,
        // 95% CI −0.039 < ICC < 0.494 (McGraw & Wong 1996 case 2A with the Satterthwaite df)
        double[][] anxiety = {
            {3, 3, 2}, {3, 6, 1}, {3, 4, 4}, {4, 6, 4}, {5, 2, 3}, {5, 4, 2}, {2, 2, 1}, {3, 4, 6}, {5, 3, 1},
            {2, 3, 1}, {2, 2, 1}, {6, 3, 2}, {1, 3, 3}, {5, 3, 3}, {2, 2, 1}, {2, 2, 1}, {1, 1, 3}, {2, 3, 3},
            {4, 3, 2}, {3, 4, 2},
        };
        Result irr = IntraclassCorrelation.compute(anxiety);
        assertThat(irr.icc21().value()).isCloseTo(0.198, within(0.0005));
        assertThat(irr.icc21().f()).isCloseTo(1.83, within(0.005));
        assertThat(irr.satterthwaiteDf()).isCloseTo(39.7, within(0.05));
        assertThat(irr.icc21().lower()).isCloseTo(-0.039, within(0.0005));
        assertThat(irr.icc21().upper()).isCloseTo(0.494, within(0.0005));
    }

    @Test
    void averageMeasureBoundsAreSpearmanBrownStepUpsOfSingleRaterBounds() {
        for (var pair : new IntraclassCorrelation.Estimate[][] {
            {result.icc11(), result.icc1k()}, {result.icc21(), result.icc2k()}, {result.icc31(), result.icc3k()}}) {
            assertThat(pair[1].lower())
                .isCloseTo(IntraclassCorrelation.spearmanBrown(pair[0].lower(), 4), within(1e-12));
            assertThat(pair[1].upper())
                .isCloseTo(IntraclassCorrelation.spearmanBrown(pair[0].upper(), 4), within(1e-12));
        }
    }

    @Test
    void perfectlyConsistentRatersHaveConsistencyOne() {
        // every rater adds a constant: perfect consistency (ICC(3,1) = 1) but not perfect absolute agreement
        Result shifted = IntraclassCorrelation.compute(new double[][] {{1, 2, 3}, {2, 3, 4}, {4, 5, 6}});
        assertThat(shifted.icc31().value()).isCloseTo(1.0, within(1e-12));
        assertThat(shifted.icc31().lower()).isCloseTo(1.0, within(1e-12));
        assertThat(shifted.icc21().value()).isLessThan(1.0);
    }

    @Test
    void refusesFewerThanTwoTargetsOrRaters() {
        assertThatThrownBy(() -> IntraclassCorrelation.compute(new double[][] {{1, 2, 3}}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 targets");
        assertThatThrownBy(() -> IntraclassCorrelation.compute(new double[][] {{1}, {2}, {3}}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 raters");
    }

    @Test
    void refusesMissingValuesAndRaggedRows() {
        assertThatThrownBy(() -> IntraclassCorrelation.compute(new double[][] {{1, 2}, {3, Double.NaN}}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("missing score (NaN) for target 1, rater 1");
        assertThatThrownBy(() -> IntraclassCorrelation.compute(new double[][] {{1, 2}, {3}}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("complete targets × raters matrix");
    }

    @Test
    void refusesDataWithoutAnyVariance() {
        assertThatThrownBy(() -> IntraclassCorrelation.compute(new double[][] {{3, 3}, {3, 3}}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all 4 scores are identical");
    }

    private static void assertBounds(IntraclassCorrelation.Estimate estimate, double lower, double upper) {
        assertThat(estimate.lower()).isCloseTo(lower, within(1e-5));
        assertThat(estimate.upper()).isCloseTo(upper, within(1e-5));
    }
}
