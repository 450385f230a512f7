package dev.sparring.evaluation.calibration.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The F and t quantiles behind every interval in the package, checked against closed forms (exact to
 * double precision) and against printed tables.
 */
class DistributionsTest {

    @Test
    void logGammaMatchesFactorialsAndGammaOfOneHalf() {
        assertThat(Distributions.logGamma(5)).isCloseTo(Math.log(24), within(1e-13));
        assertThat(Distributions.logGamma(11)).isCloseTo(Math.log(3_628_800), within(1e-12));
        assertThat(Distributions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
        assertThat(Distributions.logGamma(0.1)).isCloseTo(Math.log(9.513507698668732), within(1e-12)); // Γ(0.1)
    }

    @Test
    void tQuantileWithOneDegreeOfFreedomIsTheCauchyQuantile() {
        // t(1) is the standard Cauchy distribution: t_p = tan(π(p − ½))
        for (double p : new double[] {0.6, 0.9, 0.975, 0.995, 0.1}) {
            assertThat(Distributions.tQuantile(p, 1)).isCloseTo(Math.tan(Math.PI * (p - 0.5)), within(1e-9));
        }
    }

    @Test
    void tQuantileWithTwoDegreesOfFreedomHasItsClosedForm() {
        // t(2): t_p = (2p − 1) / √(2p(1 − p))
        for (double p : new double[] {0.55, 0.8, 0.975, 0.999, 0.025}) {
            double expected = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
            assertThat(Distributions.tQuantile(p, 2)).isCloseTo(expected, within(1e-10));
        }
    }

    @Test
    void fQuantileWithTwoNumeratorDegreesOfFreedomHasItsClosedForm() {
        // F(2, d): P(F ≤ f) = 1 − (1 + 2f/d)^(−d/2), so F_p = (d/2)((1 − p)^(−2/d) − 1); non-integer d too
        for (double d : new double[] {2, 7, 15, 4.785}) {
            for (double p : new double[] {0.05, 0.5, 0.95, 0.975}) {
                double expected = d / 2 * (Math.pow(1 - p, -2 / d) - 1);
                assertThat(Distributions.fQuantile(p, 2, d)).isCloseTo(expected, within(1e-10 * expected));
            }
        }
    }

    @Test
    void quantilesMatchPrintedTables() {
        // Abramowitz & Stegun (1964), Table 26.10 (t) and Table 26.9 (F), printed to the digits shown
        assertThat(Distributions.tQuantile(0.975, 10)).isCloseTo(2.228, within(0.0005));
        assertThat(Distributions.tQuantile(0.995, 30)).isCloseTo(2.750, within(0.0005));
        assertThat(Distributions.fQuantile(0.95, 5, 10)).isCloseTo(3.33, within(0.005));
        assertThat(Distributions.fQuantile(0.975, 5, 15)).isCloseTo(3.58, within(0.005));
        assertThat(Distributions.fQuantile(0.99, 4, 20)).isCloseTo(4.43, within(0.005));
        // large degrees of freedom approach the normal quantile 1.959964
        assertThat(Distributions.tQuantile(0.975, 1e8)).isCloseTo(1.959964, within(1e-6));
    }

    @Test
    void cdfInvertsTheQuantile() {
        for (double p : new double[] {0.001, 0.3, 0.5, 0.9, 0.999}) {
            double f = Distributions.fQuantile(p, 3.5, 11);
            assertThat(Distributions.fCdf(f, 3.5, 11)).isCloseTo(p, within(1e-12));
            assertThat(Distributions.fSurvival(f, 3.5, 11)).isCloseTo(1 - p, within(1e-12));
            assertThat(Distributions.tCdf(Distributions.tQuantile(p, 6), 6)).isCloseTo(p, within(1e-12));
        }
    }

    @Test
    void refusesProbabilitiesOutsideTheOpenUnitInterval() {
        assertThatThrownBy(() -> Distributions.fQuantile(1, 2, 3)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> Distributions.tQuantile(0.5, 0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("df must be finite and > 0");
    }
}
