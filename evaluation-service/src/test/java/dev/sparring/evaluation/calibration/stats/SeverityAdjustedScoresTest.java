package dev.sparring.evaluation.calibration.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sparring.evaluation.calibration.stats.SeverityAdjustedScores.Result;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The additive model score = μ + ability − severity + error has no canonical published table; it is
 * specified by hand-worked examples, by recovery of planted effects and by agreement with the exact
 * least-squares solution.
 */
class SeverityAdjustedScoresTest {

    @Test
    void incompleteDesignMatchesTheHandWorkedExactFit() {
        // R1 scores A = 3 and B = 2; R2 scores A = 4.
        // 3 = θA − s1, 2 = θB − s1, 4 = θA − s2, s1 + s2 = 0  →  s1 = 0.5, s2 = −0.5, θA = 3.5, θB = 2.5.
        // B's raw mean is 2, but R1 is half a level harsher than average, so B's adjusted score is 2.5.
        Result result = SeverityAdjustedScores.fit(List.of(
            new Rating("R1", "A", "coding", 3), new Rating("R1", "B", "coding", 2),
            new Rating("R2", "A", "coding", 4)));
        assertThat(result.rater("R1").orElseThrow().severity()).isCloseTo(0.5, within(1e-9));
        assertThat(result.rater("R2").orElseThrow().severity()).isCloseTo(-0.5, within(1e-9));
        assertThat(result.candidate("A").orElseThrow().adjustedScore()).isCloseTo(3.5, within(1e-9));
        assertThat(result.candidate("B").orElseThrow().adjustedScore()).isCloseTo(2.5, within(1e-9));
        assertThat(result.candidate("B").orElseThrow().rawMean()).isEqualTo(2.0);
        assertThat(result.grandMean()).isCloseTo(3.0, within(1e-9));
        assertThat(result.candidate("B").orElseThrow().ability()).isCloseTo(-0.5, within(1e-9));
        // 3 observations, 3 free parameters: no residual degrees of freedom
        assertThat(result.residualDf()).isZero();
        assertThat(result.residualStandardDeviation()).isNaN();
    }

    @Test
    void completeDesignMatchesTheHandWorkedTwoWayAnova() {
        //          R1  R2   candidate mean
        //   A       3   4   3.5
        //   B       2   4   3.0
        //   rater   2.5 4   grand 3.25
        // severity = grand − rater mean: R1 = +0.75, R2 = −0.75; θ = candidate means;
        // residuals ±0.25, RSS = 0.25 on 4 − 2 − 2 + 1 = 1 df → residual SD 0.5
        Result result = SeverityAdjustedScores.fit(List.of(
            new Rating("R1", "A", "q", 3), new Rating("R2", "A", "q", 4),
            new Rating("R1", "B", "q", 2), new Rating("R2", "B", "q", 4)));
        assertThat(result.rater("R1").orElseThrow().severity()).isCloseTo(0.75, within(1e-9));
        assertThat(result.rater("R2").orElseThrow().leniency()).isCloseTo(0.75, within(1e-9));
        assertThat(result.candidate("A").orElseThrow().adjustedScore()).isCloseTo(3.5, within(1e-9));
        assertThat(result.candidate("B").orElseThrow().adjustedScore()).isCloseTo(3.0, within(1e-9));
        assertThat(result.residualDf()).isEqualTo(1);
        assertThat(result.residualStandardDeviation()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void raterWhoAlwaysScoresOneLevelAboveEveryoneIsOneLevelLessSevere() {
        // A, B, C agree; L gives one level more. With Σ s = 0 over 4 raters: s_L = −3/4, the others +1/4,
        // so s_L − s_A = −1 exactly, and θ_c = consensus_c + s_A = consensus_c + 0.25 (the average rater of
        // this team scores a quarter level above the consensus of A, B and C)
        List<Rating> ratings = new ArrayList<>();
        int[] consensus = {1, 2, 3, 2, 1, 3};
        for (int i = 0; i < consensus.length; i++) {
            for (String rater : List.of("A", "B", "C")) {
                ratings.add(new Rating(rater, "cand" + i, "coding", consensus[i]));
            }
            ratings.add(new Rating("L", "cand" + i, "coding", consensus[i] + 1));
        }
        Result result = SeverityAdjustedScores.fit(ratings);
        double lenient = result.rater("L").orElseThrow().severity();
        double others = result.rater("A").orElseThrow().severity();
        assertThat(lenient - others).isCloseTo(-1.0, within(1e-9));
        assertThat(lenient).isCloseTo(-0.75, within(1e-9));
        assertThat(result.candidate("cand2").orElseThrow().adjustedScore()).isCloseTo(3.25, within(1e-9));
        assertThat(result.residualStandardDeviation()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void recoversPlantedAbilitiesAndSeveritiesOnABalancedIncompleteBlockDesign() {
        // 7 candidates, 7 raters, each candidate scored by 3 raters (Fano-plane BIBD: every pair of raters
        // meets once). Effects drawn at random with a fixed seed; scores noise-free.
        int[][] panels = {{0, 1, 3}, {1, 2, 4}, {2, 3, 5}, {3, 4, 6}, {4, 5, 0}, {5, 6, 1}, {6, 0, 2}};
        Random random = new Random(20240611);
        double mu = 2.5;
        double[] ability = new double[7];
        double[] severity = new double[7];
        for (int i = 0; i < 7; i++) {
            ability[i] = random.nextDouble() - 0.5;
            severity[i] = random.nextDouble() - 0.5;
        }
        center(ability);
        center(severity);
        List<Rating> ratings = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
            for (int r : panels[c]) {
                ratings.add(new Rating("rater" + r, "cand" + c, "coding", mu + ability[c] - severity[r]));
            }
        }
        Result result = SeverityAdjustedScores.fit(ratings);
        for (int c = 0; c < 7; c++) {
            assertThat(result.candidate("cand" + c).orElseThrow().adjustedScore())
                .isCloseTo(mu + ability[c], within(1e-6));
        }
        for (int r = 0; r < 7; r++) {
            assertThat(result.rater("rater" + r).orElseThrow().severity()).isCloseTo(severity[r], within(1e-6));
        }
        assertThat(result.grandMean()).isCloseTo(mu, within(1e-6));
        assertThat(result.residualStandardDeviation()).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void completeNoisyDesignReducesToCandidateMeansAndRaterMeanDeviations() {
        Random random = new Random(7);
        int candidates = 12;
        int raters = 5;
        double[][] y = new double[candidates][raters];
        List<Rating> ratings = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            for (int r = 0; r < raters; r++) {
                y[c][r] = 1 + random.nextInt(4);
                ratings.add(new Rating("r" + r, "c" + c, "q", y[c][r]));
            }
        }
        Result result = SeverityAdjustedScores.fit(ratings);
        double grand = 0;
        for (double[] row : y) {
            for (double v : row) {
                grand += v / (candidates * raters);
            }
        }
        for (int r = 0; r < raters; r++) {
            double mean = 0;
            for (int c = 0; c < candidates; c++) {
                mean += y[c][r] / candidates;
            }
            assertThat(result.rater("r" + r).orElseThrow().severity()).isCloseTo(grand - mean, within(1e-9));
        }
        for (int c = 0; c < candidates; c++) {
            double mean = 0;
            for (int r = 0; r < raters; r++) {
                mean += y[c][r] / raters;
            }
            assertThat(result.candidate("c" + c).orElseThrow().adjustedScore()).isCloseTo(mean, within(1e-9));
        }
    }

    @Test
    void alternatingLeastSquaresReachesTheExactLeastSquaresSolutionOnAnUnbalancedDesign() {
        // 20 candidates, 6 raters, 2–4 raters per candidate chosen at random, noisy integer scores; the exact
        // solution of the normal equations (with s_6 = −Σ others) is computed independently below.
        Random random = new Random(42);
        int candidates = 20;
        int raters = 6;
        List<Rating> ratings = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            List<Integer> panel = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
            Collections.shuffle(panel, random);
            int size = 2 + random.nextInt(3);
            for (int r : panel.subList(0, size)) {
                ratings.add(new Rating("r" + r, "c" + (c < 10 ? "0" : "") + c, "q", 1 + random.nextInt(4)));
            }
        }
        Result result = SeverityAdjustedScores.fit(ratings, 1e-13, 1_000_000);
        double[] exact = exactLeastSquares(ratings, candidates, raters);
        for (int c = 0; c < candidates; c++) {
            assertThat(result.candidates().get(c).adjustedScore()).isCloseTo(exact[c], within(1e-8));
        }
        double lastSeverity = 0;
        for (int r = 0; r < raters - 1; r++) {
            assertThat(result.raters().get(r).severity()).isCloseTo(exact[candidates + r], within(1e-8));
            lastSeverity -= exact[candidates + r];
        }
        assertThat(result.raters().get(raters - 1).severity()).isCloseTo(lastSeverity, within(1e-8));
    }

    @Test
    void refusesADisconnectedDesignNamingTheComponents() {
        List<Rating> ratings = List.of(
            new Rating("ana", "c1", "q", 3), new Rating("bo", "c1", "q", 2), new Rating("bo", "c2", "q", 4),
            new Rating("cy", "c3", "q", 1), new Rating("dee", "c3", "q", 2));
        assertThatThrownBy(() -> SeverityAdjustedScores.fit(ratings))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("disconnected into 2 components")
            .hasMessageContaining("component 1: raters [ana, bo], candidates [c1, c2]")
            .hasMessageContaining("component 2: raters [cy, dee], candidates [c3]");
    }

    @Test
    void reportsNonConvergenceInsteadOfAnUnfinishedFit() {
        List<Rating> ratings = List.of(
            new Rating("R1", "A", "q", 3), new Rating("R1", "B", "q", 2), new Rating("R2", "A", "q", 4));
        assertThatThrownBy(() -> SeverityAdjustedScores.fit(ratings, 1e-10, 1))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("did not converge within 1 iterations");
    }

    @Test
    void adjustedScoreCanBeClampedToTheRubricRange() {
        var score = new SeverityAdjustedScores.CandidateScore("c", 2, 4.0, 0.8, 4.3);
        assertThat(score.adjustedScoreWithin(1, 4)).isEqualTo(4.0);
    }

    private static void center(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] -= mean;
        }
    }

    /**
     * Solves min Σ (y − θ_c + s_r)² with s_R = −Σ_{r&lt;R} s_r through the normal equations (Gaussian elimination
     * with partial pivoting). Returns θ_0..θ_{C−1}, s_0..s_{R−2}. Ids sort as c00..c19 and r0..r5.
     */
    private static double[] exactLeastSquares(List<Rating> ratings, int candidates, int raters) {
        int p = candidates + raters - 1;
        double[][] a = new double[p][p + 1];
        for (Rating rating : ratings) {
            double[] x = new double[p];
            x[Integer.parseInt(rating.candidateId().substring(1))] = 1;
            int r = Integer.parseInt(rating.raterId().substring(1));
            if (r < raters - 1) {
                x[candidates + r] = -1; // model: y = θ − s
            } else {
                for (int k = 0; k < raters - 1; k++) {
                    x[candidates + k] = 1; // −s_R = +Σ s_k
                }
            }
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    a[i][j] += x[i] * x[j];
                }
                a[i][p] += x[i] * rating.score();
            }
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int row = col + 1; row < p; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = 0; row < p; row++) {
                if (row != col) {
                    double factor = a[row][col] / a[col][col];
                    for (int k = col; k <= p; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                }
            }
        }
        double[] solution = new double[p];
        for (int i = 0; i < p; i++) {
            solution[i] = a[i][p] / a[i][i];
        }
        return solution;
    }
}
