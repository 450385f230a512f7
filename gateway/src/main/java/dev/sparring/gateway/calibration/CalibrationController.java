package dev.sparring.gateway.calibration;

import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.gateway.auth.SparringUser;
import dev.sparring.gateway.session.SessionRefusal;
import dev.sparring.gateway.system.GatewayProperties;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * Hiring-team calibration (docs/calibration.md). The team is always the caller's own; the gateway
 * decides the scope and forwards to the evaluation-service with explicit parameters:
 * {@code scope=team} for the team's HIRING_MANAGERs and ADMINs, {@code scope=own&viewer=<id>} for an
 * interviewer (their own rows and figures plus the team's anonymous distribution). Candidates are refused.
 */
@RestController
@RequestMapping("/api/calibration")
class CalibrationController {

    /** An ATS export larger than this is refused here, before it travels further. */
    static final int MAX_IMPORT_CHARACTERS = 5 * 1024 * 1024;

    /** The caller's team, filled in from the token, never from the request. */
    private static final String TEAM = "/internal/calibration/teams/{team}";

    private final RestClient evaluation;

    CalibrationController(GatewayProperties properties) {
        this.evaluation = RestClient.builder().baseUrl(properties.evaluationUrl().toString()).build();
    }

    /** Every table of the caller's scope, as JSON. */
    @GetMapping(path = "/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> statistics(@AuthenticationPrincipal SparringUser user) {
        Scope scope = Scope.of(user);
        return get(uri -> scope.apply(uri.path(TEAM + "/statistics"), user).build(user.teamId()), null);
    }

    /** One table; CSV with {@code ?format=csv} or {@code Accept: text/csv}. */
    @GetMapping("/statistics/{table}")
    ResponseEntity<String> table(@AuthenticationPrincipal SparringUser user, @PathVariable String table,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Scope scope = Scope.of(user);
        return get(uri -> scope.apply(uri.path(TEAM + "/statistics/{table}"), user)
                .queryParamIfPresent("format", Optional.ofNullable(format)).build(user.teamId(), table), accept);
    }

    /** Imports an ATS scorecard export (CSV); hiring managers and admins only. */
    @PostMapping(path = "/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> importScorecards(@AuthenticationPrincipal SparringUser user, @RequestBody String csv) {
        if (Scope.of(user) != Scope.TEAM) {
            throw new SessionRefusal(ErrorCode.FORBIDDEN, "only the team's hiring managers and admins import scorecards");
        }
        if (csv.length() > MAX_IMPORT_CHARACTERS) {
            throw new SessionRefusal(ErrorCode.FRAME_TOO_LARGE, "an import is at most " + MAX_IMPORT_CHARACTERS
                    + " characters");
        }
        return relay(evaluation.post().uri(uri -> uri.path(TEAM + "/imports").build(user.teamId()))
                .contentType(MediaType.parseMediaType("text/csv")).body(csv));
    }

    record NewExercise(String sessionId) {
    }

    /** A hiring manager picks a past session of the team for the team to replay and score blind. */
    @PostMapping(path = "/exercises", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> createExercise(@AuthenticationPrincipal SparringUser user,
            @RequestBody NewExercise request) {
        if (Scope.of(user) != Scope.TEAM) {
            throw new SessionRefusal(ErrorCode.FORBIDDEN, "only the team's hiring managers and admins create exercises");
        }
        return relay(evaluation.post().uri(uri -> uri.path(TEAM + "/exercises").build(user.teamId()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("sessionId", request == null || request.sessionId() == null ? "" : request.sessionId(),
                        "createdBy", user.userId())));
    }

    /**
     * The team's exercises, newest first (at most {@code limit}, 50 by default, 200 at most): id, session,
     * candidate name, who created it and when, the round kinds, whether the caller has submitted scores
     * ({@code scored}) and how many members have ({@code members}). For every team member.
     */
    @GetMapping(path = "/exercises", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> exercises(@AuthenticationPrincipal SparringUser user,
            @RequestParam(required = false) Integer limit) {
        Scope.of(user);
        return get(uri -> uri.path(TEAM + "/exercises").queryParam("viewer", user.userId())
                .queryParamIfPresent("limit", Optional.ofNullable(limit)).build(user.teamId()), null);
    }

    /** One exercise of the caller's team, in the list's shape (with whether the caller has scored it). */
    @GetMapping(path = "/exercises/{exerciseId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> exercise(@AuthenticationPrincipal SparringUser user, @PathVariable String exerciseId) {
        Scope.of(user);
        return get(uri -> uri.path(TEAM + "/exercises/{id}").queryParam("viewer", user.userId())
                .build(user.teamId(), exerciseId), null);
    }

    /** The session's candidate-visible events in order, for every team member. */
    @GetMapping(path = "/exercises/{exerciseId}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> replay(@AuthenticationPrincipal SparringUser user, @PathVariable String exerciseId) {
        Scope.of(user);
        return get(uri -> uri.path(TEAM + "/exercises/{id}/replay").build(user.teamId(), exerciseId), null);
    }

    /** The caller's blind scores: {@code {"scores": [{"roundIndex", "competency", "level"}]}}. */
    @PostMapping(path = "/exercises/{exerciseId}/scores", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> score(@AuthenticationPrincipal SparringUser user, @PathVariable String exerciseId,
            @RequestBody String scores) {
        Scope.of(user);
        return relay(evaluation.post().uri(uri -> uri.path(TEAM + "/exercises/{id}/scores")
                        .queryParam("member", user.userId()).build(user.teamId(), exerciseId))
                .contentType(MediaType.APPLICATION_JSON).body(scores));
    }

    /**
     * The agreement table: members by id for hiring managers; for a member only after their own scores,
     * anonymised. {@code ?table=scores|spread|agreement|outliers&format=csv} downloads one table.
     */
    @GetMapping("/exercises/{exerciseId}/results")
    ResponseEntity<String> results(@AuthenticationPrincipal SparringUser user, @PathVariable String exerciseId,
            @RequestParam(required = false) String table, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Scope scope = Scope.of(user);
        return get(uri -> uri.path(TEAM + "/exercises/{id}/results")
                .queryParam("scope", scope.wire()).queryParam("viewer", user.userId())
                .queryParamIfPresent("table", Optional.ofNullable(table))
                .queryParamIfPresent("format", Optional.ofNullable(format)).build(user.teamId(), exerciseId), accept);
    }

    /** What the caller may see of their own team's figures. */
    enum Scope {
        TEAM, OWN;

        static Scope of(SparringUser user) {
            if (user.isCandidate() || user.teamId() == null || user.teamId().isBlank()) {
                throw new SessionRefusal(ErrorCode.FORBIDDEN, "calibration is for the hiring team");
            }
            if (user.hasRole(SparringUser.HIRING_MANAGER) || user.hasRole(SparringUser.ADMIN)) {
                return TEAM;
            }
            if (user.hasRole(SparringUser.INTERVIEWER)) {
                return OWN;
            }
            throw new SessionRefusal(ErrorCode.FORBIDDEN, "calibration is for the hiring team");
        }

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        UriBuilder apply(UriBuilder uri, SparringUser user) {
            return uri.queryParam("scope", wire()).queryParam("viewer", user.userId());
        }
    }

    private ResponseEntity<String> get(Function<UriBuilder, URI> uri, String accept) {
        RestClient.RequestHeadersSpec<?> request = evaluation.get().uri(uri);
        if (accept != null) {
            request = request.header(HttpHeaders.ACCEPT, accept);
        }
        return relay(request);
    }

    /** Status, content type and body only: the upstream framing headers do not describe this response. */
    private static ResponseEntity<String> relay(RestClient.RequestHeadersSpec<?> request) {
        ResponseEntity<String> answer = request.retrieve().onStatus(HttpStatusCode::isError, (req, response) -> {
        }).toEntity(String.class);
        MediaType type = answer.getHeaders().getContentType();
        return ResponseEntity.status(answer.getStatusCode()).contentType(type == null ? MediaType.APPLICATION_JSON : type)
                .body(answer.getBody());
    }
}
