package dev.sparring.evaluation.calibration.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An interviewer's leniency over time: the {@link RaterEffects} estimator applied per time window, plus a
 * least-squares trend.
 *
 * <h2>Per window</h2>
 * Deviations {@code d = score − reference} are computed exactly as in {@link RaterEffects} over <em>all</em>
 * the ratings supplied (every rater, every period), so the reference of a rating is the other raters' mean
 * for the same candidate and competency whenever it exists. The rater's deviations are then grouped by
 * window, and each window reports {@code L_w = mean(d)}, its standard deviation, {@code SE = s/√n_w} and the
 * t interval {@code L_w ± t_{1−α/2}(n_w − 1)·SE} (NaN for a single rating). Windows are
 * <ul>
 *   <li>{@link CalendarMonths}: calendar months in a time zone; months without ratings are omitted;</li>
 *   <li>{@link Sessions}: consecutive blocks of N sessions, a session being the rater's ratings of one
 *       candidate, ordered by the session's first rating.</li>
 * </ul>
 *
 * <h2>Trend</h2>
 * Ordinary least squares of the rater's individual deviations on time, {@code d_i = α + β·t_i + ε_i}, with
 * {@code t_i} in months since the rater's first rating (a month being the mean Gregorian month,
 * 365.2425/12 = 30.436875 days):
 * <pre>
 *   β̂ = Σ (t_i − t̄)(d_i − d̄) / Σ (t_i − t̄)²,     s² = Σ (d_i − α̂ − β̂ t_i)² / (n − 2)
 *   SE(β̂) = √(s² / Σ (t_i − t̄)²),                interval β̂ ± t_{1−α/2}(n − 2)·SE(β̂)
 * </pre>
 * β̂ is in score levels per month (positive = growing more lenient). With fewer than 3 ratings or all
 * ratings at one instant the trend is NaN. Ratings from one session are treated as independent, which
 * makes the standard errors somewhat optimistic when a rater's impression of a candidate colours all
 * competencies.
 */
public final class SeverityDrift {

    /** Days in the mean Gregorian month. */
    public static final double DAYS_PER_MONTH = 365.2425 / 12;
    /** The default confidence level of the intervals. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private SeverityDrift() {
    }

    /** How ratings are grouped in time. */
    public sealed interface Window permits CalendarMonths, Sessions {
    }

    /**
     * Calendar months in {@code zone}.
     *
     * @param zone the time zone in which month boundaries fall
     */
    public record CalendarMonths(ZoneId zone) implements Window {

        public CalendarMonths {
            if (zone == null) {
                throw new IllegalArgumentException("zone is required");
            }
        }
    }

    /**
     * Consecutive blocks of {@code size} sessions (the last block may be smaller).
     *
     * @param size sessions per window, &ge; 1
     */
    public record Sessions(int size) implements Window {

        public Sessions {
            if (size < 1) {
                throw new IllegalArgumentException("sessions per window must be >= 1, got " + size);
            }
        }
    }

    /**
     * Leniency in one window.
     *
     * @param label "2024-03" for a month, "sessions 1-5" for a block of sessions
     * @param start start of the window (first instant of the month; first rating of the block)
     * @param end end of the window (first instant of the next month, exclusive; last rating of the block,
     *     inclusive)
     * @param ratings number of ratings in the window
     * @param leniency mean deviation from the team
     * @param standardDeviation of the deviations (NaN for one rating)
     * @param standardError (NaN for one rating)
     * @param lower lower bound of the t interval (NaN for one rating)
     * @param upper upper bound of the t interval (NaN for one rating)
     */
    public record WindowLeniency(String label, Instant start, Instant end, int ratings, double leniency,
                                 double standardDeviation, double standardError, double lower, double upper) {
    }

    /**
     * The least-squares trend of leniency.
     *
     * @param slopePerMonth β̂, score levels per month
     * @param standardError SE(β̂)
     * @param lower lower bound of the t interval
     * @param upper upper bound of the t interval
     * @param ratings n
     * @param degreesOfFreedom n − 2
     */
    public record Trend(double slopePerMonth, double standardError, double lower, double upper, int ratings,
                        int degreesOfFreedom) {
    }

    /**
     * One rater's drift.
     *
     * @param raterId the rater
     * @param window the windowing used
     * @param windows leniency per window, in time order
     * @param trend slope of leniency per month
     * @param confidence the confidence level of the intervals
     */
    public record Result(String raterId, Window window, List<WindowLeniency> windows, Trend trend,
                         double confidence) {

        public Result {
            windows = List.copyOf(windows);
        }
    }

    /** Drift with 95% intervals. */
    public static Result of(Collection<DatedRating> ratings, String raterId, Window window) {
        return of(ratings, raterId, window, DEFAULT_CONFIDENCE);
    }

    /**
     * Computes one rater's leniency per window and its trend.
     *
     * @param ratings the team's dated ratings (all raters: they provide the references)
     * @param raterId the rater to follow
     * @param window the windowing
     * @param confidence level of the t intervals, in (0, 1)
     * @throws IllegalArgumentException no ratings by {@code raterId}, a repeated triple, or a single rater
     */
    public static Result of(Collection<DatedRating> ratings, String raterId, Window window, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
        if (window == null) {
            throw new IllegalArgumentException("window is required");
        }
        if (ratings == null || ratings.isEmpty()) {
            throw new IllegalArgumentException("no ratings");
        }
        Map<Rating, Instant> times = new IdentityHashMap<>();
        List<Rating> plain = new ArrayList<>(ratings.size());
        for (DatedRating dated : ratings) {
            if (dated == null) {
                throw new IllegalArgumentException("ratings contain null");
            }
            plain.add(dated.rating());
            times.put(dated.rating(), dated.ratedAt());
        }
        List<Timed> own = new ArrayList<>();
        for (LeniencyDeviations.Deviation d : LeniencyDeviations.of(plain)) {
            if (d.rating().raterId().equals(raterId)) {
                own.add(new Timed(d.rating(), times.get(d.rating()), d.deviation()));
            }
        }
        if (own.isEmpty()) {
            throw new IllegalArgumentException("no ratings by rater " + raterId);
        }
        own.sort(Comparator.comparing(Timed::at).thenComparing(t -> t.rating().candidateId())
            .thenComparing(t -> t.rating().competencyId()));

        List<WindowLeniency> windows = window instanceof CalendarMonths months
            ? byMonth(own, months.zone(), confidence)
            : bySessions(own, ((Sessions) window).size(), confidence);
        return new Result(raterId, window, windows, trend(own, confidence), confidence);
    }

    private record Timed(Rating rating, Instant at, double deviation) {
    }

    private static List<WindowLeniency> byMonth(List<Timed> own, ZoneId zone, double confidence) {
        Map<YearMonth, List<Timed>> groups = new TreeMap<>();
        for (Timed t : own) {
            groups.computeIfAbsent(YearMonth.from(t.at().atZone(zone)), ignored -> new ArrayList<>()).add(t);
        }
        List<WindowLeniency> windows = new ArrayList<>();
        for (Map.Entry<YearMonth, List<Timed>> e : groups.entrySet()) {
            YearMonth month = e.getKey();
            windows.add(window(month.toString(), month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), e.getValue(), confidence));
        }
        return windows;
    }

    private static List<WindowLeniency> bySessions(List<Timed> own, int size, double confidence) {
        Map<String, List<Timed>> sessions = new LinkedHashMap<>(); // insertion order = first rating order
        for (Timed t : own) {
            sessions.computeIfAbsent(t.rating().candidateId(), ignored -> new ArrayList<>()).add(t);
        }
        List<List<Timed>> ordered = new ArrayList<>(sessions.values());
        List<WindowLeniency> windows = new ArrayList<>();
        for (int first = 0; first < ordered.size(); first += size) {
            int last = Math.min(first + size, ordered.size());
            List<Timed> members = new ArrayList<>();
            for (List<Timed> session : ordered.subList(first, last)) {
                members.addAll(session);
            }
            Instant start = members.stream().map(Timed::at).min(Comparator.naturalOrder()).orElseThrow();
            Instant end = members.stream().map(Timed::at).max(Comparator.naturalOrder()).orElseThrow();
            windows.add(window("sessions " + (first + 1) + "-" + last, start, end, members, confidence));
        }
        return windows;
    }

    private static WindowLeniency window(String label, Instant start, Instant end, List<Timed> members,
                                         double confidence) {
        SampleSummary s = SampleSummary.of(members.stream().mapToDouble(Timed::deviation).toArray(), confidence);
        return new WindowLeniency(label, start, end, s.n(), s.mean(), s.standardDeviation(), s.standardError(),
            s.lower(), s.upper());
    }

    private static Trend trend(List<Timed> own, double confidence) {
        int n = own.size();
        Instant origin = own.get(0).at();
        double[] t = new double[n];
        double[] d = new double[n];
        double tMean = 0;
        double dMean = 0;
        for (int i = 0; i < n; i++) {
            t[i] = months(origin, own.get(i).at());
            d[i] = own.get(i).deviation();
            tMean += t[i];
            dMean += d[i];
        }
        tMean /= n;
        dMean /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (t[i] - tMean) * (t[i] - tMean);
            sxy += (t[i] - tMean) * (d[i] - dMean);
        }
        int df = n - 2;
        if (df < 1 || sxx == 0) {
            return new Trend(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n, Math.max(df, 0));
        }
        double slope = sxy / sxx;
        double intercept = dMean - slope * tMean;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double residual = d[i] - intercept - slope * t[i];
            rss += residual * residual;
        }
        double se = Math.sqrt(rss / df / sxx);
        double quantile = Distributions.tQuantile(1 - (1 - confidence) / 2, df);
        return new Trend(slope, se, slope - quantile * se, slope + quantile * se, n, df);
    }

    private static double months(Instant from, Instant to) {
        Duration elapsed = Duration.between(from, to);
        double seconds = elapsed.getSeconds() + elapsed.getNano() / 1e9;
        return seconds / (DAYS_PER_MONTH * 86_400);
    }
}
