package dev.sparring.gateway.report;

import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.gateway.auth.SparringUser;
import dev.sparring.gateway.session.SessionAccess;
import dev.sparring.gateway.session.SessionRefusal;
import dev.sparring.gateway.system.GatewayProperties;
import dev.sparring.platform.report.ReportReader;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * Rubric reports, role-checked: the hiring team reads the full report (every version stays
 * readable), the candidate only the feedback written for them. Reports are served from the Redis
 * view the evaluation-service keeps; offline evaluations are forwarded to it.
 */
@RestController
class ReportController {

    /** A transcript larger than this is refused here, before it travels further. */
    static final int MAX_TRANSCRIPT_CHARACTERS = 2_000_000;

    private final SessionAccess access;
    private final ReportReader reports;
    private final RestClient evaluation;

    ReportController(SessionAccess access, ReportReader reports, GatewayProperties properties) {
        this.access = access;
        this.reports = reports;
        this.evaluation = RestClient.builder().baseUrl(properties.evaluationUrl().toString()).build();
    }

    @GetMapping(path = "/api/sessions/{sessionId}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    String latest(@AuthenticationPrincipal SparringUser user, @PathVariable String sessionId) {
        scoredOrManager(user, sessionId);
        int version = latestVersion(sessionId);
        return reports.report(sessionId, version).orElseThrow(() -> missing(sessionId));
    }

    @GetMapping(path = "/api/sessions/{sessionId}/report/versions/{version}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    String version(@AuthenticationPrincipal SparringUser user, @PathVariable String sessionId,
            @PathVariable int version) {
        scoredOrManager(user, sessionId);
        return reports.report(sessionId, version).orElseThrow(() -> new SessionRefusal(ErrorCode.UNKNOWN_SESSION,
                "session " + sessionId + " has no report version " + version));
    }

    /** The candidate-facing feedback: readable by the candidate and by the team. */
    @GetMapping(path = "/api/sessions/{sessionId}/report/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    String feedback(@AuthenticationPrincipal SparringUser user, @PathVariable String sessionId) {
        access.join(user, sessionId);
        int version = latestVersion(sessionId);
        return reports.feedback(sessionId, version).orElseThrow(() -> missing(sessionId));
    }

    /** Evaluates an interview recorded elsewhere (the documented transcript JSON); nothing is stored. */
    @PostMapping(path = "/api/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> evaluate(@AuthenticationPrincipal SparringUser user, @RequestBody String transcript) {
        if (user.isCandidate()) {
            throw new SessionRefusal(ErrorCode.FORBIDDEN, "candidates cannot run evaluations");
        }
        if (transcript.length() > MAX_TRANSCRIPT_CHARACTERS) {
            throw new SessionRefusal(ErrorCode.INVALID_VALUE,
                    "a transcript is at most " + MAX_TRANSCRIPT_CHARACTERS + " characters of JSON");
        }
        ResponseEntity<String> answer = evaluation.post().uri("/api/evaluations")
                .contentType(MediaType.APPLICATION_JSON).body(transcript)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                })
                .toEntity(String.class);
        // status and body only: the evaluation-service's framing headers do not describe this response
        return ResponseEntity.status(answer.getStatusCode()).contentType(MediaType.APPLICATION_JSON)
                .body(answer.getBody());
    }

    /**
     * Blind scoring: the full report shows every interviewer's scores, so an interviewer reads it only
     * after submitting a score of their own in the session, unless they manage the team's hiring (a
     * HIRING_MANAGER or ADMIN of the session's team).
     */
    private void scoredOrManager(SparringUser user, String sessionId) {
        SessionAccess.Membership membership = access.join(user, sessionId);
        if (membership.role() != ParticipantRole.INTERVIEWER) {
            throw new SessionRefusal(ErrorCode.FORBIDDEN, "the full report is for the hiring team; "
                    + "candidates read /report/feedback");
        }
        boolean manager = user.hasRole(SparringUser.HIRING_MANAGER) || user.hasRole(SparringUser.ADMIN);
        boolean scored = membership.state().rounds().stream().flatMap(round -> round.scores().stream())
                .anyMatch(score -> score.interviewerId().equals(user.userId()));
        if (!manager && !scored) {
            throw new SessionRefusal(ErrorCode.FORBIDDEN, "submit your own scores first");
        }
    }

    private int latestVersion(String sessionId) {
        return reports.latestVersion(sessionId).orElseThrow(() -> missing(sessionId));
    }

    private static SessionRefusal missing(String sessionId) {
        return new SessionRefusal(ErrorCode.UNKNOWN_SESSION, "session " + sessionId
                + " has no report yet: reports are made when a round ends");
    }
}
