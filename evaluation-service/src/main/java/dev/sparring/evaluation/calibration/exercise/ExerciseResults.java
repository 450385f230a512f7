package dev.sparring.evaluation.calibration.exercise;

import dev.sparring.evaluation.calibration.figures.Table;
import dev.sparring.evaluation.calibration.stats.KrippendorffAlpha;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The agreement table of an exercise (pure). Per round and competency: every member's score, the
 * spread (min, max, median, mean, SD) and who sits far from the team. Per round: Krippendorff's alpha
 * (interval) with members as raters and the round's competencies as units. An outlier is a score with
 * {@code |score − median| ≥ 2} levels, or with {@code |z| ≥ 1.5} where {@code z = (score − mean) / SD}
 * over the members' scores of that competency (only with three or more scores and SD &gt; 0).
 */
public final class ExerciseResults {

    static final double OUTLIER_LEVELS = 2;
    static final double OUTLIER_Z = 1.5;

    private ExerciseResults() {
    }

    /** One member's score. */
    public record MemberScore(String memberId, int roundIndex, String competency, int level) {
    }

    public record Results(String exerciseId, String sessionId, Table scores, Table spread, Table agreement,
            Table outliers, List<String> notes) {
    }

    /**
     * @param names how members are shown: their ids for the hiring manager, "you" / "member N" otherwise
     */
    public static Results of(Exercise exercise, List<MemberScore> scores, Map<String, String> names) {
        List<List<Object>> scoreRows = new ArrayList<>();
        List<List<Object>> spreadRows = new ArrayList<>();
        List<List<Object>> agreementRows = new ArrayList<>();
        List<List<Object>> outlierRows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Integer, Map<String, Map<String, Integer>>> byRound = new TreeMap<>();
        for (MemberScore s : scores) {
            byRound.computeIfAbsent(s.roundIndex(), ignored -> new TreeMap<>())
                    .computeIfAbsent(s.competency(), ignored -> new TreeMap<>()).put(s.memberId(), s.level());
        }
        for (Map.Entry<Integer, Map<String, Map<String, Integer>>> round : byRound.entrySet()) {
            List<String> members = new ArrayList<>(new TreeSet<>(round.getValue().values().stream()
                    .flatMap(m -> m.keySet().stream()).toList()));
            List<String> competencies = new ArrayList<>(round.getValue().keySet());
            Double[][] data = new Double[members.size()][competencies.size()];
            for (int u = 0; u < competencies.size(); u++) {
                Map<String, Integer> byMember = round.getValue().get(competencies.get(u));
                double[] levels = byMember.values().stream().mapToDouble(Integer::doubleValue).toArray();
                double median = median(levels);
                double mean = Arrays.stream(levels).average().orElse(Double.NaN);
                double sd = sd(levels, mean);
                spreadRows.add(List.of(round.getKey(), competencies.get(u), levels.length,
                        Arrays.stream(levels).min().orElse(Double.NaN), Arrays.stream(levels).max().orElse(Double.NaN),
                        median, mean, sd));
                for (Map.Entry<String, Integer> score : byMember.entrySet()) {
                    data[members.indexOf(score.getKey())][u] = (double) score.getValue();
                    String name = names.getOrDefault(score.getKey(), score.getKey());
                    scoreRows.add(List.of(round.getKey(), competencies.get(u), name, score.getValue()));
                    double z = levels.length >= 3 && sd > 0 ? (score.getValue() - mean) / sd : Double.NaN;
                    double fromMedian = score.getValue() - median;
                    if (Math.abs(fromMedian) >= OUTLIER_LEVELS || Math.abs(z) >= OUTLIER_Z) {
                        outlierRows.add(List.of(round.getKey(), competencies.get(u), name, score.getValue(), fromMedian,
                                z));
                    }
                }
            }
            try {
                KrippendorffAlpha.Result alpha = KrippendorffAlpha.compute(data, KrippendorffAlpha.Metric.INTERVAL);
                agreementRows.add(List.of(round.getKey(), members.size(), alpha.pairableUnits(), alpha.alpha()));
            } catch (IllegalArgumentException unsupported) {
                agreementRows.add(List.of(round.getKey(), members.size(), 0, Double.NaN));
                notes.add("alpha round " + round.getKey() + ": " + unsupported.getMessage());
            }
        }
        return new Results(exercise.id(), exercise.sessionId(),
                new Table("scores", List.of("round_index", "competency", "member", "level"), scoreRows),
                new Table("spread", List.of("round_index", "competency", "scores", "min", "max", "median", "mean", "sd"),
                        spreadRows),
                new Table("agreement", List.of("round_index", "members", "competencies", "alpha_interval"),
                        agreementRows),
                new Table("outliers", List.of("round_index", "competency", "member", "level", "from_median", "z"),
                        outlierRows),
                notes);
    }

    /** The tables by name, for CSV export. */
    public static Map<String, Table> tables(Results results) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Table table : List.of(results.scores(), results.spread(), results.agreement(), results.outliers())) {
            tables.put(table.name(), table);
        }
        return tables;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double sd(double[] values, double mean) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
