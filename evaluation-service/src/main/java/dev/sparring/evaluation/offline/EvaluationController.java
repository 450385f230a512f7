package dev.sparring.evaluation.offline;

import dev.sparring.evaluation.report.ReportRebuilder;
import dev.sparring.evaluation.report.SessionReport;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation-service's own API, reached through the gateway (which checks who may call it):
 * offline evaluation of a transcript recorded elsewhere, and rebuilding the report view.
 */
@RestController
class EvaluationController {

    /** 2 MB of JSON: far more than a four-hour interview's transcript. */
    static final int MAX_BODY_CHARACTERS = 2_000_000;

    private final OfflineEvaluation offline;
    private final ReportRebuilder rebuilder;
    private final JsonMapper json;

    EvaluationController(OfflineEvaluation offline, ReportRebuilder rebuilder, JsonMapper json) {
        this.offline = offline;
        this.rebuilder = rebuilder;
        this.json = json;
    }

    @PostMapping(path = "/api/evaluations", consumes = "application/json")
    ResponseEntity<?> evaluate(@RequestBody String body) {
        if (body.length() > MAX_BODY_CHARACTERS) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(error("too-large",
                    "a transcript is at most " + MAX_BODY_CHARACTERS + " characters of JSON", List.of()));
        }
        OfflineTranscript transcript = json.readValue(body, OfflineTranscript.class);
        SessionReport report = offline.evaluate(transcript);
        return ResponseEntity.ok(report);
    }

    @PostMapping("/api/reports/rebuild")
    Map<String, Object> rebuild() {
        return Map.of("versions", rebuilder.rebuild());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> invalid(InvalidTranscriptException invalid) {
        return ResponseEntity.badRequest().body(error("invalid-value", invalid.getMessage(), invalid.problems()));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> unreadable(JacksonException unreadable) {
        return ResponseEntity.badRequest().body(error("malformed-message",
                "the body is not a transcript in the documented JSON format: " + unreadable.getOriginalMessage(),
                List.of()));
    }

    private static Map<String, Object> error(String code, String message, List<String> problems) {
        return Map.of("error", code, "message", message, "problems", problems);
    }
}
