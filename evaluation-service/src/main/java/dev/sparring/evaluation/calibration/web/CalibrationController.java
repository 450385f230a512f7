package dev.sparring.evaluation.calibration.web;

import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.evaluation.calibration.exercise.Exercise;
import dev.sparring.evaluation.calibration.exercise.ExerciseRefusal;
import dev.sparring.evaluation.calibration.exercise.ExerciseResults;
import dev.sparring.evaluation.calibration.exercise.ExerciseSummary;
import dev.sparring.evaluation.calibration.exercise.Exercises;
import dev.sparring.evaluation.calibration.figures.CalibrationFigures;
import dev.sparring.evaluation.calibration.figures.Table;
import dev.sparring.evaluation.calibration.ledger.CalibrationLedger;
import dev.sparring.evaluation.calibration.ledger.ImportRejected;
import dev.sparring.evaluation.calibration.ledger.ScorecardImport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calibration figures and exercises for the gateway (internal: not reachable from browsers). The
 * gateway has already decided the caller's team and scope and passes them explicitly: {@code scope=team}
 * for the team's hiring managers and admins, {@code scope=own} with {@code viewer} for an interviewer.
 */
@RestController
@RequestMapping("/internal/calibration/teams/{teamId}")
class CalibrationController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final CalibrationLedger ledger;
    private final ScorecardImport imports;
    private final Exercises exercises;

    CalibrationController(CalibrationLedger ledger, ScorecardImport imports, Exercises exercises) {
        this.ledger = ledger;
        this.imports = imports;
        this.exercises = exercises;
    }

    @GetMapping("/statistics")
    Map<String, Object> statistics(@PathVariable String teamId, @RequestParam String scope,
            @RequestParam(required = false) String viewer) {
        CalibrationFigures.Figures figures = figures(teamId, scope, viewer);
        Map<String, Object> tables = new LinkedHashMap<>();
        figures.tables().forEach((name, table) -> tables.put(name, table.records()));
        return Map.of("teamId", teamId, "scope", scope, "tables", tables, "notes", figures.notes());
    }

    @GetMapping("/statistics/{table}")
    ResponseEntity<Object> table(@PathVariable String teamId, @PathVariable String table, @RequestParam String scope,
            @RequestParam(required = false) String viewer, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return answer(figures(teamId, scope, viewer).tables(), table, format, accept);
    }

    @PostMapping(path = "/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<ScorecardImport.Imported> importScorecards(@PathVariable String teamId, @RequestBody String csv) {
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.importCsv(teamId, csv));
    }

    record NewExercise(String sessionId, String createdBy) {
    }

    @PostMapping("/exercises")
    ResponseEntity<Exercise> create(@PathVariable String teamId, @RequestBody NewExercise request) {
        if (request == null || request.sessionId() == null || request.sessionId().isBlank()) {
            throw new ExerciseRefusal("invalid-value", "sessionId is required");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(exercises.create(teamId, request.sessionId(), request.createdBy()));
    }

    /** The team's exercises, newest first, with whether {@code viewer} has scored each. */
    @GetMapping("/exercises")
    List<ExerciseSummary> exercises(@PathVariable String teamId, @RequestParam(required = false) String viewer,
            @RequestParam(defaultValue = "50") int limit) {
        return exercises.list(teamId, viewer, limit);
    }

    /** One exercise, with whether {@code viewer} has scored it. */
    @GetMapping("/exercises/{exerciseId}")
    ExerciseSummary exercise(@PathVariable String teamId, @PathVariable String exerciseId,
            @RequestParam(required = false) String viewer) {
        return exercises.summary(teamId, exerciseId, viewer);
    }

    @GetMapping("/exercises/{exerciseId}/replay")
    List<EventEnvelope> replay(@PathVariable String teamId, @PathVariable String exerciseId) {
        return exercises.replay(teamId, exerciseId);
    }

    record BlindScore(int roundIndex, String competency, int level) {
    }

    record BlindScores(List<BlindScore> scores) {
    }

    @PostMapping("/exercises/{exerciseId}/scores")
    Map<String, Object> score(@PathVariable String teamId, @PathVariable String exerciseId,
            @RequestParam String member, @RequestBody BlindScores request) {
        List<BlindScore> given = request == null || request.scores() == null ? List.of() : request.scores();
        exercises.score(teamId, exerciseId, member, given.stream()
                .map(s -> new ExerciseResults.MemberScore(member, s.roundIndex(), s.competency(), s.level())).toList());
        return Map.of("exerciseId", exerciseId, "submitted", given.size());
    }

    @GetMapping("/exercises/{exerciseId}/results")
    ResponseEntity<Object> results(@PathVariable String teamId, @PathVariable String exerciseId,
            @RequestParam String scope, @RequestParam String viewer, @RequestParam(required = false) String table,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ExerciseResults.Results results = exercises.results(teamId, exerciseId, viewer, teamScope(scope));
        Map<String, Table> tables = ExerciseResults.tables(results);
        if (table != null) {
            return answer(tables, table, format, accept);
        }
        if (wantsCsv(format, accept)) {
            throw new ExerciseRefusal("invalid-value", "name one table for CSV: " + tables.keySet());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exerciseId", results.exerciseId());
        body.put("sessionId", results.sessionId());
        tables.forEach((name, t) -> body.put(name, t.records()));
        body.put("notes", results.notes());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private CalibrationFigures.Figures figures(String teamId, String scope, String viewer) {
        if (teamScope(scope)) {
            return CalibrationFigures.team(ledger.scores(teamId), ledger.recommendations(teamId));
        }
        if (viewer == null || viewer.isBlank()) {
            throw new ExerciseRefusal("invalid-value", "scope=own needs a viewer");
        }
        return CalibrationFigures.own(viewer, ledger.scores(teamId));
    }

    private static boolean teamScope(String scope) {
        return switch (scope.toLowerCase(Locale.ROOT)) {
            case "team" -> true;
            case "own" -> false;
            default -> throw new ExerciseRefusal("invalid-value", "scope is team or own, not " + scope);
        };
    }

    private static ResponseEntity<Object> answer(Map<String, Table> tables, String name, String format,
            String accept) {
        Table table = tables.get(name);
        if (table == null) {
            throw new ExerciseRefusal("invalid-value", "no table " + name + "; tables: " + tables.keySet());
        }
        if (wantsCsv(format, accept)) {
            return ResponseEntity.ok().contentType(CSV).body(table.csv());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(table.records());
    }

    private static boolean wantsCsv(String format, String accept) {
        return "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("text/csv"));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> rejected(ImportRejected rejected) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", "invalid-value",
                "message", rejected.getMessage(), "problems", rejected.problems()));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> refused(ExerciseRefusal refusal) {
        HttpStatus status = switch (refusal.code()) {
            case "forbidden" -> HttpStatus.FORBIDDEN;
            case "unknown-session" -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", refusal.code(), "message", refusal.getMessage()));
    }
}
