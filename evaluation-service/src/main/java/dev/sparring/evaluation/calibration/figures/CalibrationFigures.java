package dev.sparring.evaluation.calibration.figures;

import dev.sparring.contracts.session.Recommendation;
import dev.sparring.evaluation.calibration.ledger.RecommendationRow;
import dev.sparring.evaluation.calibration.ledger.ScoreRow;
import dev.sparring.evaluation.calibration.stats.DatedRating;
import dev.sparring.evaluation.calibration.stats.FleissKappa;
import dev.sparring.evaluation.calibration.stats.IntraclassCorrelation;
import dev.sparring.evaluation.calibration.stats.KrippendorffAlpha;
import dev.sparring.evaluation.calibration.stats.Rating;
import dev.sparring.evaluation.calibration.stats.RaterEffects;
import dev.sparring.evaluation.calibration.stats.SeverityAdjustedScores;
import dev.sparring.evaluation.calibration.stats.SeverityDrift;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a team's ledger into the calibration tables (pure: same rows, same tables). A figure that
 * the data cannot support is left out and explained in {@link Figures#notes()}. Competencies are
 * named {@code KIND/competency}, so the same id in two rubrics never mixes.
 */
public final class CalibrationFigures {

    private CalibrationFigures() {
    }

    /** The tables, in a fixed order, and notes on what could not be computed or how it was restricted. */
    public record Figures(Map<String, Table> tables, List<String> notes) {
    }

    /** Everything the team's hiring managers see. */
    public static Figures team(List<ScoreRow> scores, List<RecommendationRow> recommendations) {
        Map<String, Table> tables = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        tables.put("scores", scoresTable(scores));
        tables.put("recommendations", recommendationsTable(recommendations));
        List<Rating> ratings = ratings(scores);
        RaterEffects.Result effects = effects(ratings, notes);
        tables.put("competency-profiles", profiles(effects, null));
        tables.put("leniency", leniency(effects, null));
        tables.put("agreement", agreement(scores, notes));
        tables.put("recommendation-agreement", fleiss(recommendations, notes));
        adjusted(scores, tables, notes);
        tables.put("drift", drift(scores, notes));
        return new Figures(tables, notes);
    }

    /** What one interviewer sees: their own rows and figures, and the team's anonymous distribution. */
    public static Figures own(String viewer, List<ScoreRow> scores) {
        Map<String, Table> tables = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        tables.put("scores", scoresTable(scores.stream().filter(row -> row.interviewerId().equals(viewer)).toList()));
        RaterEffects.Result effects = effects(ratings(scores), notes);
        tables.put("competency-profiles", profiles(effects, viewer));
        tables.put("leniency", leniency(effects, viewer));
        tables.put("team-distribution", distribution(scores));
        return new Figures(tables, notes);
    }

    static String competency(ScoreRow row) {
        return row.roundKind() + "/" + row.competency();
    }

    private static List<Rating> ratings(List<ScoreRow> scores) {
        return scores.stream()
                .map(row -> new Rating(row.interviewerId(), row.target(), competency(row), row.level())).toList();
    }

    private static Table scoresTable(List<ScoreRow> scores) {
        List<List<Object>> rows = scores.stream().map(row -> List.<Object>of(row.interviewerId(), row.candidateId(),
                row.sessionId(), row.roundIndex(), row.roundKind().name(), row.competency(), row.level(),
                row.scoredAt().toString(), row.source())).toList();
        return new Table("scores", List.of("interviewer_id", "candidate_id", "session_id", "round_index",
                "round_kind", "competency", "level", "scored_at", "source"), rows);
    }

    private static Table recommendationsTable(List<RecommendationRow> recommendations) {
        List<List<Object>> rows = recommendations.stream().map(row -> List.<Object>of(row.interviewerId(),
                row.candidateId(), row.sessionId(), row.recommendation().name(), row.recordedAt().toString(),
                row.source())).toList();
        return new Table("recommendations", List.of("interviewer_id", "candidate_id", "session_id",
                "recommendation", "recorded_at", "source"), rows);
    }

    private static RaterEffects.Result effects(List<Rating> ratings, List<String> notes) {
        if (ratings.isEmpty()) {
            notes.add("leniency: no scores yet");
            return null;
        }
        try {
            return RaterEffects.estimate(ratings);
        } catch (IllegalArgumentException unsupported) {
            notes.add("leniency: " + unsupported.getMessage());
            return null;
        }
    }

    private static Table profiles(RaterEffects.Result effects, String only) {
        List<List<Object>> rows = new ArrayList<>();
        if (effects != null) {
            for (RaterEffects.CompetencyProfile p : effects.profiles()) {
                if (only == null || p.raterId().equals(only)) {
                    rows.add(List.of(p.raterId(), p.competencyId(), p.count(), p.mean(), p.standardDeviation(),
                            p.levelCount(1), p.levelCount(2), p.levelCount(3), p.levelCount(4)));
                }
            }
        }
        return new Table("competency-profiles", List.of("interviewer_id", "competency", "count", "mean", "sd",
                "level_1", "level_2", "level_3", "level_4"), rows);
    }

    private static Table leniency(RaterEffects.Result effects, String only) {
        List<List<Object>> rows = new ArrayList<>();
        if (effects != null) {
            for (RaterEffects.RaterLeniency r : effects.raters()) {
                if (only == null || r.raterId().equals(only)) {
                    rows.add(List.of(r.raterId(), r.ratings(), r.pairedRatings(), r.leniency(), r.standardError(),
                            r.lower(), r.upper(), r.shrinkageFactor(), r.shrunkenLeniency(), r.shrunkenStandardError()));
                }
            }
        }
        return new Table("leniency", List.of("interviewer_id", "ratings", "paired_ratings", "leniency",
                "standard_error", "lower_95", "upper_95", "shrinkage_factor", "shrunken_leniency",
                "shrunken_standard_error"), rows);
    }

    private static Table distribution(List<ScoreRow> scores) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ScoreRow row : scores) {
            counts.computeIfAbsent(competency(row), ignored -> new int[4])[row.level() - 1]++;
        }
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((competency, levels) -> rows.add(List.of(competency, levels[0] + levels[1] + levels[2]
                + levels[3], levels[0], levels[1], levels[2], levels[3])));
        return new Table("team-distribution", List.of("competency", "count", "level_1", "level_2", "level_3",
                "level_4"), rows);
    }

    /**
     * Per competency, over targets (candidate + session + round) scored by two or more interviewers:
     * Krippendorff's alpha (interval and ordinal; missing cells allowed) over all such targets, and the
     * Shrout &amp; Fleiss ICCs on the largest complete sub-matrix: targets are grouped by the exact set of
     * interviewers who scored them, and the group with the most targets (ties: more interviewers) is used.
     */
    private static Table agreement(List<ScoreRow> scores, List<String> notes) {
        Map<String, List<ScoreRow>> byCompetency = scores.stream()
                .collect(Collectors.groupingBy(CalibrationFigures::competency, TreeMap::new, Collectors.toList()));
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, List<ScoreRow>> entry : byCompetency.entrySet()) {
            Map<String, Map<String, Integer>> byTarget = new TreeMap<>();
            for (ScoreRow row : entry.getValue()) {
                byTarget.computeIfAbsent(row.target(), ignored -> new TreeMap<>()).put(row.interviewerId(), row.level());
            }
            byTarget.values().removeIf(raters -> raters.size() < 2);
            if (byTarget.isEmpty()) {
                continue;
            }
            List<String> raters = new ArrayList<>(new TreeSet<>(byTarget.values().stream()
                    .flatMap(m -> m.keySet().stream()).toList()));
            List<String> targets = new ArrayList<>(byTarget.keySet());
            Double[][] data = new Double[raters.size()][targets.size()];
            for (int u = 0; u < targets.size(); u++) {
                for (Map.Entry<String, Integer> score : byTarget.get(targets.get(u)).entrySet()) {
                    data[raters.indexOf(score.getKey())][u] = (double) score.getValue();
                }
            }
            double alphaInterval = alpha(data, KrippendorffAlpha.Metric.INTERVAL, entry.getKey(), notes);
            double alphaOrdinal = alpha(data, KrippendorffAlpha.Metric.ORDINAL, entry.getKey(), notes);

            Map<Set<String>, List<String>> byRaterSet = new HashMap<>();
            byTarget.forEach((target, scored) -> byRaterSet.computeIfAbsent(scored.keySet(), ignored -> new ArrayList<>())
                    .add(target));
            Map.Entry<Set<String>, List<String>> block = byRaterSet.entrySet().stream()
                    .max(Comparator.<Map.Entry<Set<String>, List<String>>>comparingInt(e -> e.getValue().size())
                            .thenComparingInt(e -> e.getKey().size())
                            .thenComparing(e -> new TreeSet<>(e.getKey()).toString(), Comparator.reverseOrder()))
                    .orElseThrow();
            IntraclassCorrelation.Result icc = null;
            List<String> blockRaters = new ArrayList<>(new TreeSet<>(block.getKey()));
            if (block.getValue().size() >= 2) {
                double[][] matrix = block.getValue().stream().sorted().map(target -> blockRaters.stream()
                        .mapToDouble(rater -> byTarget.get(target).get(rater)).toArray()).toArray(double[][]::new);
                try {
                    icc = IntraclassCorrelation.compute(matrix);
                } catch (IllegalArgumentException unsupported) {
                    notes.add("icc " + entry.getKey() + ": " + unsupported.getMessage());
                }
            } else {
                notes.add("icc " + entry.getKey() + ": no two targets were scored by the same interviewers");
            }
            double nan = Double.NaN;
            rows.add(List.of(entry.getKey(), targets.size(), raters.size(), alphaInterval, alphaOrdinal,
                    icc == null ? 0 : icc.targets(), icc == null ? 0 : icc.raters(),
                    icc == null ? nan : icc.icc11().value(), icc == null ? nan : icc.icc21().value(),
                    icc == null ? nan : icc.icc21().lower(), icc == null ? nan : icc.icc21().upper(),
                    icc == null ? nan : icc.icc31().value(), icc == null ? nan : icc.icc2k().value(),
                    icc == null ? nan : icc.icc3k().value()));
        }
        return new Table("agreement", List.of("competency", "targets", "interviewers", "alpha_interval",
                "alpha_ordinal", "icc_targets", "icc_interviewers", "icc_1_1", "icc_2_1", "icc_2_1_lower_95",
                "icc_2_1_upper_95", "icc_3_1", "icc_2_k", "icc_3_k"), rows);
    }

    private static double alpha(Double[][] data, KrippendorffAlpha.Metric metric, String competency,
            List<String> notes) {
        try {
            return KrippendorffAlpha.compute(data, metric).alpha();
        } catch (IllegalArgumentException unsupported) {
            notes.add("alpha " + metric.name().toLowerCase(java.util.Locale.ROOT) + " " + competency + ": "
                    + unsupported.getMessage());
            return Double.NaN;
        }
    }

    /**
     * Fleiss' kappa on recommendations: subjects (candidate + session) recommended by two or more
     * interviewers; the modal number of raters among them is kept (ties: the larger), and only subjects
     * with exactly that many raters are used.
     */
    private static Table fleiss(List<RecommendationRow> recommendations, List<String> notes) {
        Map<String, List<Recommendation>> bySubject = recommendations.stream().collect(Collectors.groupingBy(
                RecommendationRow::subject, TreeMap::new,
                Collectors.mapping(RecommendationRow::recommendation, Collectors.toList())));
        bySubject.values().removeIf(list -> list.size() < 2);
        List<List<Object>> rows = new ArrayList<>();
        Map<Integer, Long> sizes = bySubject.values().stream()
                .collect(Collectors.groupingBy(List::size, TreeMap::new, Collectors.counting()));
        if (sizes.isEmpty()) {
            notes.add("recommendation kappa: no candidate has recommendations from two interviewers");
        } else {
            int modal = sizes.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
            int[][] counts = bySubject.values().stream().filter(list -> list.size() == modal).map(list -> {
                int[] row = new int[Recommendation.values().length];
                list.forEach(r -> row[r.ordinal()]++);
                return row;
            }).toArray(int[][]::new);
            try {
                FleissKappa.Result kappa = FleissKappa.compute(counts);
                rows.add(List.of(kappa.subjects(), kappa.ratersPerSubject(), kappa.kappa(), kappa.meanAgreement(),
                        kappa.chanceAgreement(), kappa.standardErrorUnderNull(), kappa.z()));
            } catch (IllegalArgumentException unsupported) {
                notes.add("recommendation kappa: " + unsupported.getMessage());
            }
        }
        return new Table("recommendation-agreement", List.of("subjects", "raters_per_subject", "kappa",
                "mean_agreement", "chance_agreement", "standard_error_under_null", "z"), rows);
    }

    /**
     * The additive rater/candidate model over candidates (a candidate's competencies across sessions; a
     * repeated interviewer/candidate/competency keeps the latest score), fitted on the largest connected
     * component of the interviewer-candidate graph when the design is disconnected.
     */
    private static void adjusted(List<ScoreRow> scores, Map<String, Table> tables, List<String> notes) {
        Map<String, Rating> latest = new LinkedHashMap<>();
        for (ScoreRow row : scores) { // scores come ordered by time
            latest.put(row.interviewerId() + "|" + row.candidateId() + "|" + competency(row),
                    new Rating(row.interviewerId(), row.candidateId(), competency(row), row.level()));
        }
        List<Rating> ratings = largestComponent(new ArrayList<>(latest.values()), notes);
        List<List<Object>> candidates = new ArrayList<>();
        List<List<Object>> raters = new ArrayList<>();
        if (!ratings.isEmpty()) {
            try {
                SeverityAdjustedScores.Result fit = SeverityAdjustedScores.fit(ratings);
                fit.candidates().forEach(c -> candidates.add(List.of(c.candidateId(), c.ratings(), c.rawMean(),
                        c.ability(), c.adjustedScore(), c.adjustedScoreWithin(1, 4))));
                fit.raters().forEach(r -> raters.add(List.of(r.raterId(), r.ratings(), r.rawMean(), r.severity())));
            } catch (RuntimeException unsupported) {
                notes.add("adjusted scores: " + unsupported.getMessage());
            }
        }
        tables.put("adjusted-scores", new Table("adjusted-scores", List.of("candidate_id", "ratings", "raw_mean",
                "ability", "adjusted_score", "adjusted_score_1_4"), candidates));
        tables.put("severities", new Table("severities", List.of("interviewer_id", "ratings", "raw_mean",
                "severity"), raters));
    }

    private static List<Rating> largestComponent(List<Rating> ratings, List<String> notes) {
        Map<String, String> parent = new HashMap<>();
        Function<String, String> find = new Function<>() {
            @Override
            public String apply(String node) {
                String root = parent.getOrDefault(node, node);
                return root.equals(node) ? node : apply(root);
            }
        };
        for (Rating r : ratings) {
            String a = find.apply("r:" + r.raterId());
            String b = find.apply("c:" + r.candidateId());
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, List<Rating>> components = ratings.stream()
                .collect(Collectors.groupingBy(r -> find.apply("r:" + r.raterId()), TreeMap::new, Collectors.toList()));
        if (components.size() <= 1) {
            return ratings;
        }
        List<Rating> largest = components.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        notes.add("adjusted scores: the interviewer-candidate design is disconnected into " + components.size()
                + " components; only the largest (" + largest.size() + " of " + ratings.size()
                + " ratings) was fitted, since severities in different components cannot be compared");
        return largest;
    }

    private static Table drift(List<ScoreRow> scores, List<String> notes) {
        List<DatedRating> dated = scores.stream().map(row -> new DatedRating(row.interviewerId(), row.target(),
                competency(row), row.level(), row.scoredAt())).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (String rater : new TreeSet<>(scores.stream().map(ScoreRow::interviewerId).toList())) {
            try {
                SeverityDrift.Result drift = SeverityDrift.of(dated, rater, new SeverityDrift.CalendarMonths(ZoneOffset.UTC));
                for (SeverityDrift.WindowLeniency w : drift.windows()) {
                    rows.add(List.of(rater, w.label(), w.ratings(), w.leniency(), w.lower(), w.upper(),
                            drift.trend().slopePerMonth(), drift.trend().lower(), drift.trend().upper()));
                }
            } catch (IllegalArgumentException unsupported) {
                notes.add("drift " + rater + ": " + unsupported.getMessage());
            }
        }
        return new Table("drift", List.of("interviewer_id", "month", "ratings", "leniency", "lower_95", "upper_95",
                "trend_per_month", "trend_lower_95", "trend_upper_95"), rows);
    }
}
