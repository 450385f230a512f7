package dev.sparring.evaluation.calibration.ledger;

import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.session.Recommendation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Imports historical scorecards from an ATS export (the columns are documented in
 * docs/calibration.md). Every row is checked first; one bad row refuses the whole file, with every
 * problem reported as {@code line N: ...}, and nothing is stored.
 */
@Component
public class ScorecardImport {

    /** The largest file accepted, in characters. */
    public static final int MAX_CHARACTERS = 5 * 1024 * 1024;
    /** The most data rows accepted. */
    public static final int MAX_ROWS = 50_000;
    static final List<String> REQUIRED = List.of("interviewer_id", "candidate_id", "session_id", "round_kind",
            "competency", "level", "scored_at");
    static final String RECOMMENDATION = "recommendation";
    private static final int MAX_PROBLEMS = 100;

    private final RubricCatalog rubrics;
    private final CalibrationLedger ledger;

    ScorecardImport(RubricCatalog rubrics, CalibrationLedger ledger) {
        this.rubrics = rubrics;
        this.ledger = ledger;
    }

    /** What was stored. */
    public record Imported(int scores, int recommendations) {
    }

    public Imported importCsv(String teamId, String csv) {
        if (csv.length() > MAX_CHARACTERS) {
            throw new ImportRejected(List.of("line 1: the file is larger than " + MAX_CHARACTERS + " characters"));
        }
        List<CsvRecords.Line> lines;
        try {
            lines = CsvRecords.parse(csv);
        } catch (IllegalArgumentException unreadable) {
            throw new ImportRejected(List.of(unreadable.getMessage()));
        }
        if (lines.isEmpty()) {
            throw new ImportRejected(List.of("line 1: the header is missing: " + String.join(",", REQUIRED)));
        }
        Map<String, Integer> columns = header(lines.get(0));
        if (lines.size() - 1 > MAX_ROWS) {
            throw new ImportRejected(List.of("line " + lines.get(MAX_ROWS + 1).number() + ": more than " + MAX_ROWS
                    + " rows"));
        }
        List<String> problems = new ArrayList<>();
        Map<String, ScoreRow> scores = new LinkedHashMap<>();
        Map<String, Integer> scoreLines = new HashMap<>();
        Map<String, RecommendationRow> recommendations = new LinkedHashMap<>();
        for (CsvRecords.Line line : lines.subList(1, lines.size())) {
            if (line.fields().size() == 1 && line.fields().get(0).isBlank()) {
                continue; // an empty line
            }
            List<String> rowProblems = new ArrayList<>();
            ScoreRow row = row(teamId, line, columns, rowProblems);
            Recommendation recommendation = recommendation(line, columns, rowProblems);
            if (row != null && rowProblems.isEmpty()) {
                Integer earlier = scoreLines.putIfAbsent(row.field(), line.number());
                if (earlier != null) {
                    rowProblems.add("the same interviewer, session, round and competency as line " + earlier);
                }
                scores.put(row.field(), row);
                if (recommendation != null) {
                    RecommendationRow recommended = new RecommendationRow(teamId, row.interviewerId(),
                            row.candidateId(), row.sessionId(), recommendation, row.scoredAt(), "import");
                    recommendations.put(recommended.field(), recommended);
                }
            }
            for (String problem : rowProblems) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add("line " + line.number() + ": " + problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        if (scores.isEmpty()) {
            throw new ImportRejected(List.of("line 2: the file has a header but no rows"));
        }
        ledger.storeAll(teamId, List.copyOf(scores.values()), List.copyOf(recommendations.values()));
        return new Imported(scores.size(), recommendations.size());
    }

    private static Map<String, Integer> header(CsvRecords.Line header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.put(header.fields().get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new ImportRejected(List.of("line 1: the header lacks " + String.join(", ", missing)
                    + " (expected " + String.join(",", REQUIRED) + "[," + RECOMMENDATION + "])"));
        }
        return columns;
    }

    private ScoreRow row(String teamId, CsvRecords.Line line, Map<String, Integer> columns, List<String> problems) {
        if (line.fields().size() < columns.size()) {
            problems.add("expected " + columns.size() + " fields, found " + line.fields().size());
            return null;
        }
        String interviewer = required(line, columns, "interviewer_id", problems);
        String candidate = required(line, columns, "candidate_id", problems);
        String session = required(line, columns, "session_id", problems);
        String competency = required(line, columns, "competency", problems);
        RoundKind kind = null;
        String kindText = value(line, columns, "round_kind");
        try {
            kind = RoundKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add("round_kind '" + kindText + "' is not one of " + Arrays.toString(RoundKind.values()));
        }
        if (kind != null && competency != null && !rubrics.competencyIds(kind).contains(competency)) {
            problems.add("competency '" + competency + "' is not in the " + kind + " rubric "
                    + rubrics.competencyIds(kind));
        }
        int level = 0;
        String levelText = value(line, columns, "level");
        try {
            level = Integer.parseInt(levelText);
            if (level < 1 || level > 4) {
                problems.add("level " + level + " is not between 1 and 4");
            }
        } catch (NumberFormatException notANumber) {
            problems.add("level '" + levelText + "' is not a whole number 1..4");
        }
        Instant at = null;
        String atText = value(line, columns, "scored_at");
        try {
            at = OffsetDateTime.parse(atText).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                at = Instant.parse(atText);
            } catch (DateTimeParseException alsoNot) {
                problems.add("scored_at '" + atText + "' is not an ISO-8601 date-time such as 2026-03-01T10:00:00Z");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        // an imported round is identified by its kind within the session
        return new ScoreRow(teamId, interviewer, candidate, session, kind.ordinal(), kind, competency, level, at,
                "import");
    }

    private static Recommendation recommendation(CsvRecords.Line line, Map<String, Integer> columns,
            List<String> problems) {
        if (!columns.containsKey(RECOMMENDATION)) {
            return null;
        }
        String text = value(line, columns, RECOMMENDATION);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Recommendation.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add("recommendation '" + text + "' is not one of " + Arrays.toString(Recommendation.values()));
            return null;
        }
    }

    private static String required(CsvRecords.Line line, Map<String, Integer> columns, String column,
            List<String> problems) {
        String value = value(line, columns, column);
        if (value.isEmpty()) {
            problems.add(column + " is empty");
            return null;
        }
        return value;
    }

    private static String value(CsvRecords.Line line, Map<String, Integer> columns, String column) {
        int index = columns.get(column);
        return index < line.fields().size() ? line.fields().get(index).trim() : "";
    }
}
