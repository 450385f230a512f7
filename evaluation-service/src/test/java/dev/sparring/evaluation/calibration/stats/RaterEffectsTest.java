package dev.sparring.evaluation.calibration.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sparring.evaluation.calibration.stats.RaterEffects.RaterLeniency;
import dev.sparring.evaluation.calibration.stats.RaterEffects.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rater leniency has no canonical published table; it is specified here by a small example worked by hand
 * and by properties of the estimator.
 */
class RaterEffectsTest {

    /**
     * Hand-worked example, one competency "q":
     * <pre>
     *   candidate c1: A = 3, B = 2, C = 4
     *   candidate c2: A = 2, B = 2
     *   candidate c3: D = 1                  (nobody else: reference = team mean of q without D = 13/5 = 2.6)
     *
     *   deviations (score − mean of the other raters on the same candidate):
     *   A: 3 − (2+4)/2 = 0,   2 − 2 = 0        L_A = 0,     s_A = 0
     *   B: 2 − (3+4)/2 = −1.5, 2 − 2 = 0       L_B = −0.75, s_B = √1.125 = 1.06066, SE = 0.75
     *   C: 4 − (3+2)/2 = 1.5                   L_C = 1.5   (one rating: no SE)
     *   D: 1 − 2.6 = −1.6                      L_D = −1.6  (one rating, not paired)
     *
     *   σ̂² = (0 + 1.125)/(1 + 1) = 0.5625
     *   τ̂² = ¼[(0 − 0.28125) + (0.5625 − 0.28125) + (2.25 − 0.5625) + (2.56 − 0.5625)] = 0.92125
     *   B(n=2) = 0.92125/(0.92125 + 0.28125) = 0.766112,  B(n=1) = 0.92125/(0.92125 + 0.5625) = 0.620893
     *   shrunken: B → −0.574584, C → 0.931340, D → −0.993429
     *   95% interval for B: −0.75 ± t_.975(1)·0.75 = −0.75 ± 12.706205·0.75 = [−10.279654, 8.779654]
     * </pre>
     */
    private static final List<Rating> HAND_EXAMPLE = List.of(
        new Rating("A", "c1", "q", 3), new Rating("B", "c1", "q", 2), new Rating("C", "c1", "q", 4),
        new Rating("A", "c2", "q", 2), new Rating("B", "c2", "q", 2),
        new Rating("D", "c3", "q", 1));

    @Test
    void rawLeniencyMatchesTheHandWorkedExample() {
        Result result = RaterEffects.estimate(HAND_EXAMPLE);
        assertThat(result.raters()).extracting(RaterLeniency::raterId).containsExactly("A", "B", "C", "D");
        RaterLeniency a = result.rater("A").orElseThrow();
        RaterLeniency b = result.rater("B").orElseThrow();
        RaterLeniency c = result.rater("C").orElseThrow();
        RaterLeniency d = result.rater("D").orElseThrow();
        assertThat(a.leniency()).isZero();
        assertThat(a.standardError()).isZero();
        assertThat(b.leniency()).isCloseTo(-0.75, within(1e-12));
        assertThat(b.severity()).isCloseTo(0.75, within(1e-12));
        assertThat(b.standardDeviation()).isCloseTo(Math.sqrt(1.125), within(1e-12));
        assertThat(b.standardError()).isCloseTo(0.75, within(1e-12));
        assertThat(b.lower()).isCloseTo(-10.279654, within(1e-5));
        assertThat(b.upper()).isCloseTo(8.779654, within(1e-5));
        assertThat(c.leniency()).isCloseTo(1.5, within(1e-12));
        assertThat(c.standardError()).isNaN();
        assertThat(d.leniency()).isCloseTo(-1.6, within(1e-12));
        assertThat(d.pairedRatings()).isZero();
        assertThat(b.pairedRatings()).isEqualTo(2);
    }

    @Test
    void shrinkageMatchesTheHandWorkedExample() {
        Result result = RaterEffects.estimate(HAND_EXAMPLE);
        assertThat(result.withinRaterVariance()).isCloseTo(0.5625, within(1e-12));
        assertThat(result.withinRaterDf()).isEqualTo(2);
        assertThat(result.betweenRaterVariance()).isCloseTo(0.92125, within(1e-12));
        RaterLeniency b = result.rater("B").orElseThrow();
        RaterLeniency c = result.rater("C").orElseThrow();
        RaterLeniency d = result.rater("D").orElseThrow();
        assertThat(b.shrinkageFactor()).isCloseTo(0.92125 / 1.2025, within(1e-12));
        assertThat(b.shrunkenLeniency()).isCloseTo(-0.574584, within(1e-6));
        assertThat(b.shrunkenStandardError()).isCloseTo(Math.sqrt(0.92125 / 1.2025 * 0.28125), within(1e-12));
        assertThat(c.shrinkageFactor()).isCloseTo(0.92125 / 1.48375, within(1e-12));
        assertThat(c.shrunkenLeniency()).isCloseTo(0.931340, within(1e-6));
        assertThat(d.shrunkenLeniency()).isCloseTo(-0.993429, within(1e-6));
    }

    @Test
    void raterWhoAlwaysScoresOneLevelAboveEveryoneHasLeniencyPlusOne() {
        // A, B, C agree on every candidate; L always gives one level more. L's deviations are all +1;
        // the others' are x − (x + x + x + 1)/3 = −1/3.
        List<Rating> ratings = new ArrayList<>();
        int[] consensus = {1, 2, 3, 2, 1, 3};
        for (int i = 0; i < consensus.length; i++) {
            for (String rater : List.of("A", "B", "C")) {
                ratings.add(new Rating(rater, "cand" + i, "coding", consensus[i]));
            }
            ratings.add(new Rating("L", "cand" + i, "coding", consensus[i] + 1));
        }
        Result result = RaterEffects.estimate(ratings);
        RaterLeniency lenient = result.rater("L").orElseThrow();
        assertThat(lenient.leniency()).isCloseTo(1.0, within(1e-12));
        assertThat(lenient.severity()).isCloseTo(-1.0, within(1e-12));
        assertThat(lenient.standardError()).isCloseTo(0.0, within(1e-12));
        assertThat(lenient.lower()).isCloseTo(1.0, within(1e-12));
        assertThat(lenient.upper()).isCloseTo(1.0, within(1e-12));
        assertThat(result.rater("A").orElseThrow().leniency()).isCloseTo(-1.0 / 3, within(1e-12));
        // no within-rater noise at all: nothing to shrink
        assertThat(lenient.shrinkageFactor()).isEqualTo(1.0);
        assertThat(lenient.shrunkenLeniency()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void shrinkagePullsAOneRatingRaterTowardZeroMoreThanAThirtyRatingRater() {
        // raters R1..R4 agree on 30 candidates with a ±1 wobble; FEW rates one candidate, MANY rates all 30;
        // both score one level above the others on average
        List<Rating> ratings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int consensus = 2;
            int wobble = i % 2 == 0 ? 1 : -1;
            ratings.add(new Rating("R1", "c" + i, "design", consensus));
            ratings.add(new Rating("R2", "c" + i, "design", consensus));
            ratings.add(new Rating("R3", "c" + i, "design", consensus + (i % 3 == 0 ? wobble : 0)));
            ratings.add(new Rating("R4", "c" + i, "design", consensus - (i % 5 == 0 ? wobble : 0)));
            ratings.add(new Rating("MANY", "c" + i, "design", consensus + 1 + (i % 4 == 0 ? wobble : 0)));
        }
        ratings.add(new Rating("FEW", "c0", "design", 4));
        Result result = RaterEffects.estimate(ratings);
        RaterLeniency few = result.rater("FEW").orElseThrow();
        RaterLeniency many = result.rater("MANY").orElseThrow();
        assertThat(few.ratings()).isEqualTo(1);
        assertThat(many.ratings()).isEqualTo(30);
        assertThat(result.betweenRaterVariance()).isPositive();
        assertThat(few.shrinkageFactor()).isLessThan(many.shrinkageFactor());
        double fewPull = 1 - few.shrunkenLeniency() / few.leniency();
        double manyPull = 1 - many.shrunkenLeniency() / many.leniency();
        assertThat(fewPull).isGreaterThan(manyPull);
        assertThat(many.shrinkageFactor()).isGreaterThan(0.95);
        assertThat(few.shrunkenLeniency()).isBetween(0.0, few.leniency());
    }

    @Test
    void noLeniencyDifferencesBeyondNoiseShrinksEveryoneToZero() {
        // two raters who disagree symmetrically: L = 0 for both, τ̂² floors at 0
        List<Rating> ratings = List.of(
            new Rating("A", "c1", "q", 3), new Rating("B", "c1", "q", 2),
            new Rating("A", "c2", "q", 2), new Rating("B", "c2", "q", 3));
        Result result = RaterEffects.estimate(ratings);
        assertThat(result.betweenRaterVariance()).isZero();
        assertThat(result.raters()).allSatisfy(r -> {
            assertThat(r.leniency()).isZero();
            assertThat(r.shrinkageFactor()).isZero();
        });
    }

    @Test
    void competencyProfilesCountMeanSpreadAndLevels() {
        List<Rating> ratings = List.of(
            new Rating("A", "c1", "coding", 4), new Rating("A", "c2", "coding", 2),
            new Rating("A", "c3", "coding", 4), new Rating("A", "c1", "design", 1),
            new Rating("B", "c1", "coding", 3));
        Result result = RaterEffects.estimate(ratings);
        RaterEffects.CompetencyProfile coding = result.profile("A", "coding").orElseThrow();
        assertThat(coding.count()).isEqualTo(3);
        assertThat(coding.mean()).isCloseTo(10.0 / 3, within(1e-12));
        // deviations from 10/3: 2/3, −4/3, 2/3 → s² = (4/9 + 16/9 + 4/9)/2 = 4/3
        assertThat(coding.standardDeviation()).isCloseTo(Math.sqrt(4.0 / 3), within(1e-12));
        assertThat(coding.levelCounts()).containsExactly(0, 1, 0, 2);
        assertThat(coding.proportion(4)).isCloseTo(2.0 / 3, within(1e-12));
        RaterEffects.CompetencyProfile design = result.profile("A", "design").orElseThrow();
        assertThat(design.levelCount(1)).isEqualTo(1);
        assertThat(design.standardDeviation()).isNaN();
        assertThat(result.profiles()).extracting(p -> p.raterId() + "/" + p.competencyId())
            .containsExactly("A/coding", "A/design", "B/coding");
    }

    @Test
    void refusesScoresThatAreNotRubricLevels() {
        assertThatThrownBy(() -> RaterEffects.estimate(List.of(
            new Rating("A", "c1", "q", 2.5), new Rating("B", "c1", "q", 3))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("score 2.5 of rater A for candidate c1 on competency q is not a rubric level 1..4");
        assertThatThrownBy(() -> RaterEffects.estimate(List.of(
            new Rating("A", "c1", "q", 5), new Rating("B", "c1", "q", 3))))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a rubric level");
    }

    @Test
    void refusesASingleRaterAndRepeatedRatings() {
        assertThatThrownBy(() -> RaterEffects.estimate(List.of(new Rating("A", "c1", "q", 2))))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 raters");
        assertThatThrownBy(() -> RaterEffects.estimate(List.of(
            new Rating("A", "c1", "q", 2), new Rating("A", "c1", "q", 3), new Rating("B", "c1", "q", 3))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("rater A scored candidate c1 on competency q more than once");
    }
}
