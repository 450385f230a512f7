package dev.sparring.evaluation.calibration.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sparring.evaluation.calibration.stats.FleissKappa.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fleiss' kappa against two published worked examples:
 * <ul>
 *   <li>the 10 subjects × 5 categories × 14 raters example reproduced on the Wikipedia page "Fleiss' kappa"
 *       (worked computation of the Fleiss 1971 method: P̄ = 0.378, P̄e = 0.213, κ = 0.210, with the p_j and
 *       P_i columns printed to 3 decimals; the same table is statsmodels' test fixture);</li>
 *   <li>Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin 76(5),
 *       378–382, Table 1: 30 patients × 6 psychiatrists × 5 diagnoses, κ = .430; per-category κ_j and the
 *       z statistics as printed by R package irr, kappam.fleiss(diagnoses, detail = TRUE).</li>
 * </ul>
 */
class FleissKappaTest {

    /** Wikipedia "Fleiss' kappa", worked example: subjects × categories 1..5, 14 raters each. */
    private static final int[][] WIKIPEDIA_EXAMPLE = {
        {0, 0, 0, 0, 14},
        {0, 2, 6, 4, 2},
        {0, 0, 3, 5, 6},
        {0, 3, 9, 2, 0},
        {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0},
        {3, 2, 6, 3, 0},
        {2, 5, 3, 2, 2},
        {6, 5, 2, 1, 0},
        {0, 2, 2, 3, 7},
    };

    /**
     * Fleiss (1971), Table 1, as counts: patients × (depression, personality disorder, schizophrenia,
     * neurosis, other), 6 psychiatrists per patient.
     */
    private static final int[][] FLEISS_1971_TABLE_1 = {
        {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
        {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
        {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
        {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
        {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1},
        {0, 5, 0, 1, 0}, {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6},
    };

    @Test
    void kappaMatchesTheWikipediaWorkedExample() {
        Result result = FleissKappa.compute(WIKIPEDIA_EXAMPLE);
        // P̄ = 0.378, P̄e = 0.213, κ = 0.210 (unrounded 0.378022, 0.212755, 0.209931)
        assertThat(result.pBar()).isCloseTo(0.378, within(0.0005)).isCloseTo(1376.0 / 3640, within(1e-12));
        assertThat(result.pBarE()).isCloseTo(0.213, within(0.0005)).isCloseTo(0.212755, within(1e-6));
        assertThat(result.kappa()).isCloseTo(0.210, within(0.0005)).isCloseTo(0.209931, within(1e-6));
        assertThat(result.subjects()).isEqualTo(10);
        assertThat(result.ratersPerSubject()).isEqualTo(14);
    }

    @Test
    void categoryProportionsAndSubjectAgreementsMatchTheWikipediaWorkedExample() {
        Result result = FleissKappa.compute(WIKIPEDIA_EXAMPLE);
        double[] pj = {0.143, 0.200, 0.279, 0.150, 0.229};
        for (int j = 0; j < pj.length; j++) {
            assertThat(result.categoryProportions().get(j)).isCloseTo(pj[j], within(0.0005));
        }
        double[] pi = {1.000, 0.253, 0.308, 0.440, 0.330, 0.462, 0.242, 0.176, 0.286, 0.286};
        for (int i = 0; i < pi.length; i++) {
            assertThat(result.subjectAgreements().get(i)).isCloseTo(pi[i], within(0.0005));
        }
    }

    @Test
    void kappaMatchesFleiss1971() {
        // κ = .430 (unrounded 0.430245); P̄ = 5/9, P̄e = 0.219938
        Result result = FleissKappa.compute(FLEISS_1971_TABLE_1);
        assertThat(result.kappa()).isCloseTo(0.430, within(0.0005)).isCloseTo(0.430245, within(1e-6));
        assertThat(result.pBar()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(result.pBarE()).isCloseTo(0.219938, within(1e-6));
    }

    @Test
    void categoryKappasMatchFleiss1971AsReproducedByIrr() {
        // κ_j = .245, .245, .520, .471, .566 for depression, personality disorder, schizophrenia, neurosis, other
        Result result = FleissKappa.compute(FLEISS_1971_TABLE_1);
        double[] kappas = {0.245, 0.245, 0.520, 0.471, 0.566};
        for (int j = 0; j < kappas.length; j++) {
            assertThat(result.categoryKappas().get(j)).isCloseTo(kappas[j], within(0.0005));
        }
        // schizophrenia: 1 − Σ n_i3(6 − n_i3)/(30·6·5·p q) with p = 1/6 is exactly 0.52
        assertThat(result.categoryKappas().get(2)).isCloseTo(0.52, within(1e-12));
    }

    @Test
    void zStatisticsUnderTheNullMatchIrr() {
        // irr::kappam.fleiss: z = 17.7 overall; z_j = 5.192, 5.192, 11.031, 9.994, 12.009 (Fleiss, Nee & Landis 1979)
        Result result = FleissKappa.compute(FLEISS_1971_TABLE_1);
        assertThat(result.z()).isCloseTo(17.7, within(0.05));
        double[] z = {5.192, 5.192, 11.031, 9.994, 12.009};
        for (int j = 0; j < z.length; j++) {
            assertThat(result.categoryZ(j)).isCloseTo(z[j], within(0.0005));
        }
    }

    enum Recommendation { STRONG_NO, NO, LEAN_NO, LEAN_YES, YES, STRONG_YES }

    @Test
    void hireRecommendationsAreCountedPerCategory() {
        List<List<Recommendation>> ratings = List.of(
            List.of(Recommendation.YES, Recommendation.YES, Recommendation.STRONG_YES),
            List.of(Recommendation.NO, Recommendation.LEAN_NO, Recommendation.NO),
            List.of(Recommendation.LEAN_YES, Recommendation.LEAN_YES, Recommendation.LEAN_YES));
        Result fromRatings = FleissKappa.fromRatings(Recommendation.class, ratings);
        Result fromCounts = FleissKappa.compute(new int[][] {
            {0, 0, 0, 0, 2, 1}, {0, 2, 1, 0, 0, 0}, {0, 0, 0, 3, 0, 0}});
        assertThat(fromRatings).isEqualTo(fromCounts);
        assertThat(fromRatings.categoryKappas().get(0)).isNaN(); // STRONG_NO never used
    }

    @Test
    void perfectAgreementGivesOne() {
        assertThat(FleissKappa.compute(new int[][] {{3, 0}, {0, 3}, {3, 0}}).kappa()).isEqualTo(1.0);
    }

    @Test
    void refusesSubjectsRatedByDifferentNumbersOfRaters() {
        assertThatThrownBy(() -> FleissKappa.compute(new int[][] {{2, 1}, {1, 1}}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("subject 0 has 3 ratings but subject 1 has 2");
    }

    @Test
    void refusesAllRatingsInOneCategory() {
        assertThatThrownBy(() -> FleissKappa.compute(new int[][] {{3, 0}, {3, 0}}))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same category");
    }
}
