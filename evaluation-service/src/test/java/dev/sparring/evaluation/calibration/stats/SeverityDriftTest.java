package dev.sparring.evaluation.calibration.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sparring.evaluation.calibration.stats.SeverityDrift.CalendarMonths;
import dev.sparring.evaluation.calibration.stats.SeverityDrift.Result;
import dev.sparring.evaluation.calibration.stats.SeverityDrift.Sessions;
import dev.sparring.evaluation.calibration.stats.SeverityDrift.WindowLeniency;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Drift has no canonical published table; it is specified by a planted linear trend worked by hand and by
 * consistency with {@link RaterEffects}.
 */
class SeverityDriftTest {

    /** The mean Gregorian month, 30.436875 days, is exactly 2,629,746 seconds. */
    private static final long MONTH_SECONDS = 2_629_746;
    private static final Instant START = Instant.parse("2024-01-15T10:00:00Z");

    /**
     * Planted trend: for months m = 0..11 rater X interviews two candidates at START + m months; A and B score
     * both 3, X scores 2 + 0.1m + 0.25 and 2 + 0.1m − 0.25. X's deviations are therefore −1 + 0.1m ± 0.25.
     * <pre>
     *   slope = 0.1 per month exactly (the ±0.25 pairs are symmetric at each time)
     *   Sxx = 2·Σ_{m=0..11}(m − 5.5)² = 2·143 = 286,   RSS = 24·0.25² = 1.5,   s² = 1.5/22
     *   SE = √(1.5/22/286) = 0.0154401,                 interval 0.1 ± t_.975(22)·SE = 0.1 ± 2.073873·SE
     *   month m: leniency −1 + 0.1m, s = √(2·0.0625) = 0.353553, SE = 0.25
     * </pre>
     */
    private static List<DatedRating> plantedTrend() {
        List<DatedRating> ratings = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            Instant at = START.plusSeconds(m * MONTH_SECONDS);
            for (String half : List.of("a", "b")) {
                String candidate = "m" + (m < 10 ? "0" : "") + m + half;
                double wobble = half.equals("a") ? 0.25 : -0.25;
                ratings.add(new DatedRating("A", candidate, "coding", 3, at));
                ratings.add(new DatedRating("B", candidate, "coding", 3, at));
                ratings.add(new DatedRating("X", candidate, "coding", 2 + 0.1 * m + wobble, at));
            }
        }
        return ratings;
    }

    @Test
    void slopeRecoversAPlantedLinearTrend() {
        Result result = SeverityDrift.of(plantedTrend(), "X", new CalendarMonths(ZoneOffset.UTC));
        assertThat(result.trend().slopePerMonth()).isCloseTo(0.1, within(1e-9));
        assertThat(result.trend().ratings()).isEqualTo(24);
        assertThat(result.trend().degreesOfFreedom()).isEqualTo(22);
        double se = Math.sqrt(1.5 / 22 / 286);
        assertThat(result.trend().standardError()).isCloseTo(se, within(1e-9)).isCloseTo(0.0154401, within(1e-7));
        assertThat(result.trend().lower()).isCloseTo(0.1 - 2.073873 * se, within(1e-6));
        assertThat(result.trend().upper()).isCloseTo(0.1 + 2.073873 * se, within(1e-6));
    }

    @Test
    void leniencyPerCalendarMonthFollowsTheTrend() {
        Result result = SeverityDrift.of(plantedTrend(), "X", new CalendarMonths(ZoneOffset.UTC));
        assertThat(result.windows()).hasSize(12);
        assertThat(result.windows()).extracting(WindowLeniency::label)
            .containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07",
                "2024-08", "2024-09", "2024-10", "2024-11", "2024-12");
        for (int m = 0; m < 12; m++) {
            WindowLeniency month = result.windows().get(m);
            assertThat(month.ratings()).isEqualTo(2);
            assertThat(month.leniency()).isCloseTo(-1 + 0.1 * m, within(1e-9));
            assertThat(month.standardDeviation()).isCloseTo(Math.sqrt(0.125), within(1e-9));
            assertThat(month.standardError()).isCloseTo(0.25, within(1e-9));
            assertThat(month.upper() - month.leniency()).isCloseTo(12.706205 * 0.25, within(1e-5));
        }
        WindowLeniency march = result.windows().get(2);
        assertThat(march.start()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(march.end()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
    }

    @Test
    void leniencyPerBlockOfSessions() {
        // 24 sessions in blocks of 4 = two months each: block k has months 2k and 2k+1, mean −0.95 + 0.2k
        Result result = SeverityDrift.of(plantedTrend(), "X", new Sessions(4));
        assertThat(result.windows()).extracting(WindowLeniency::label)
            .containsExactly("sessions 1-4", "sessions 5-8", "sessions 9-12", "sessions 13-16", "sessions 17-20",
                "sessions 21-24");
        for (int k = 0; k < 6; k++) {
            assertThat(result.windows().get(k).ratings()).isEqualTo(4);
            assertThat(result.windows().get(k).leniency()).isCloseTo(-0.95 + 0.2 * k, within(1e-9));
        }
        assertThat(result.windows().get(1).start()).isEqualTo(START.plusSeconds(2 * MONTH_SECONDS));
        assertThat(result.windows().get(1).end()).isEqualTo(START.plusSeconds(3 * MONTH_SECONDS));
        assertThat(result.trend().slopePerMonth()).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void monthBoundariesFallInTheRequestedZone() {
        // 23:30 UTC on 31 January is already 00:30 on 1 February in Berlin
        Instant lateJanuary = Instant.parse("2024-01-31T23:30:00Z");
        List<DatedRating> ratings = List.of(
            new DatedRating("X", "c1", "q", 3, lateJanuary), new DatedRating("A", "c1", "q", 2, lateJanuary));
        assertThat(SeverityDrift.of(ratings, "X", new CalendarMonths(ZoneOffset.UTC)).windows().get(0).label())
            .isEqualTo("2024-01");
        assertThat(SeverityDrift.of(ratings, "X", new CalendarMonths(ZoneId.of("Europe/Berlin"))).windows().get(0)
            .label()).isEqualTo("2024-02");
    }

    @Test
    void aSingleWindowReproducesTheRaterEffectsEstimator() {
        List<DatedRating> dated = new ArrayList<>();
        int[][] scores = {{3, 2, 4}, {2, 2, 3}, {4, 3, 4}, {1, 2, 2}, {3, 3, 4}};
        for (int c = 0; c < scores.length; c++) {
            Instant at = START.plusSeconds(c * 86_400L);
            dated.add(new DatedRating("A", "c" + c, "q", scores[c][0], at));
            dated.add(new DatedRating("B", "c" + c, "q", scores[c][1], at));
            dated.add(new DatedRating("X", "c" + c, "q", scores[c][2], at));
        }
        WindowLeniency all = SeverityDrift.of(dated, "X", new Sessions(1000)).windows().get(0);
        RaterEffects.RaterLeniency effects = RaterEffects.estimate(dated.stream().map(DatedRating::rating).toList())
            .rater("X").orElseThrow();
        assertThat(all.ratings()).isEqualTo(effects.ratings());
        assertThat(all.leniency()).isEqualTo(effects.leniency());
        assertThat(all.standardError()).isEqualTo(effects.standardError());
        assertThat(all.lower()).isEqualTo(effects.lower());
        assertThat(all.upper()).isEqualTo(effects.upper());
    }

    @Test
    void trendIsUndefinedWithFewerThanThreeRatings() {
        List<DatedRating> ratings = List.of(
            new DatedRating("X", "c1", "q", 3, START), new DatedRating("A", "c1", "q", 2, START),
            new DatedRating("X", "c2", "q", 3, START.plusSeconds(MONTH_SECONDS)),
            new DatedRating("A", "c2", "q", 3, START.plusSeconds(MONTH_SECONDS)));
        assertThat(SeverityDrift.of(ratings, "X", new CalendarMonths(ZoneOffset.UTC)).trend().slopePerMonth()).isNaN();
    }

    @Test
    void refusesARaterWithoutRatingsAndAnEmptySessionWindow() {
        assertThatThrownBy(() -> SeverityDrift.of(plantedTrend(), "nobody", new Sessions(5)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no ratings by rater nobody");
        assertThatThrownBy(() -> new Sessions(0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessions per window must be >= 1");
    }
}
