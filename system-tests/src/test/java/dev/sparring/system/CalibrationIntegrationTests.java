package dev.sparring.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static dev.sparring.system.StompParticipant.field;
import static dev.sparring.system.StompParticipant.nextEvent;
import static dev.sparring.system.StompParticipant.nextMatchingOrNull;
import static dev.sparring.system.StompParticipant.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hiring-team calibration end to end: blind scoring holds on the socket, in the snapshot and on the
 * report; live scores reach the team's figures, which a hiring manager sees whole and an interviewer
 * only as their own plus the anonymous distribution; another team is refused.
 */
class CalibrationIntegrationTests {

    private static Platform platform;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        platform = Platform.startWithEvaluation(1, 1);
        api = platform.api(0);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void blindScoringTeamFiguresAndTeamIsolation() throws Exception {
        String ada = api.token("interviewer@demo");
        String grace = api.token("interviewer2@demo");
        String manager = api.token("manager@demo");
        String acme = api.token("interviewer@acme");
        String graceId = (String) api.get(grace, "/api/auth/me").getBody().get("userId");
        Map<String, Object> created = api.createSession(ada, "senior-swe", "Blind Candidate");
        String sessionId = (String) created.get("sessionId");
        String invite = (String) created.get("inviteToken");
        api.post(ada, "/api/sessions/" + sessionId + "/rounds/1/start", null);

        try (StompParticipant adaSocket = StompParticipant.connect(platform.gateway(0).port(), ada);
                StompParticipant graceSocket = StompParticipant.connect(platform.gateway(0).port(), grace)) {
            BlockingQueue<Map<String, Object>> adaScores = adaSocket.subscribe("/user/queue/scores");
            BlockingQueue<Map<String, Object>> graceScores = graceSocket.subscribe("/user/queue/scores");
            BlockingQueue<Map<String, Object>> gracePrivate =
                    graceSocket.subscribe("/topic/sessions/" + sessionId + "/interviewer-events");

            adaSocket.command(sessionId, "score", Map.of("type", "score.submit", "roundIndex", 1,
                    "competency", "requirements", "level", 4, "comment", "asked first"));
            assertThat(field(nextEvent(adaScores, "score.submitted"), "event")).containsEntry("level", 4);
            adaSocket.command(sessionId, "note", Map.of("type", "note.write", "text", "marker"));
            nextEvent(gracePrivate, "note.written");
            assertThat(nextMatchingOrNull(gracePrivate, frame -> "score.submitted".equals(type(frame)),
                    Duration.ofMillis(300))).isNull();
            assertThat(graceScores).isEmpty();

            // the snapshot: Grace has not scored round 1, so Ada's score is not in it
            assertThat(roundScores(grace, sessionId, 1)).isEmpty();
            assertThat(roundScores(ada, sessionId, 1)).hasSize(1);

            api.post(ada, "/api/sessions/" + sessionId + "/rounds/current/end", null);
            await().atMost(StompParticipant.WAIT).until(() ->
                    api.get(ada, "/api/sessions/" + sessionId + "/report").getStatusCode().value() == 200);
            ResponseEntity<Map<String, Object>> refused = api.get(grace, "/api/sessions/" + sessionId + "/report");
            assertThat(refused.getStatusCode().value()).isEqualTo(403);
            assertThat(refused.getBody()).containsEntry("error", "forbidden")
                    .containsEntry("message", "submit your own scores first");
            assertThat(api.get(manager, "/api/sessions/" + sessionId + "/report").getStatusCode().value())
                    .isEqualTo(200);

            graceSocket.command(sessionId, "score", Map.of("type", "score.submit", "roundIndex", 1,
                    "competency", "requirements", "level", 2, "comment", ""));
            nextEvent(graceScores, "score.submitted");
            await().atMost(StompParticipant.WAIT).until(() -> roundScores(grace, sessionId, 1).size() == 2);
            await().atMost(StompParticipant.WAIT).until(() ->
                    api.get(grace, "/api/sessions/" + sessionId + "/report").getStatusCode().value() == 200);
        }

        // team figures for the manager, once both live scores reached the ledger
        await().atMost(StompParticipant.WAIT).until(() -> tables(manager).get("scores").stream()
                .filter(row -> sessionId.equals(row.get("session_id"))).count() == 2);
        Map<String, List<Map<String, Object>>> team = tables(manager);
        assertThat(team).containsKeys("leniency", "agreement", "severities", "adjusted-scores", "drift",
                "recommendation-agreement", "competency-profiles");
        assertThat(team.get("leniency")).extracting(row -> row.get("interviewer_id")).contains(graceId);
        ResponseEntity<String> csv = api.getText(manager, "/api/calibration/statistics/scores?format=csv");
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("interviewer_id,candidate_id,session_id,").contains(sessionId);

        // an interviewer: their own rows and the anonymous distribution, nothing team-wide
        Map<String, List<Map<String, Object>>> own = tables(grace);
        assertThat(own).containsKeys("scores", "leniency", "competency-profiles", "team-distribution")
                .doesNotContainKeys("agreement", "severities", "recommendations", "drift");
        assertThat(own.get("scores")).isNotEmpty()
                .allSatisfy(row -> assertThat(row).containsEntry("interviewer_id", graceId));
        assertThat(own.get("team-distribution")).anySatisfy(row -> assertThat(row)
                .containsEntry("competency", "SYSTEM_DESIGN/requirements"));
        assertThat(own.get("team-distribution").get(0)).doesNotContainKey("interviewer_id");
        assertThat(api.post(grace, "/api/calibration/exercises", Map.of("sessionId", sessionId))
                .getStatusCode().value()).isEqualTo(403);

        // a calibration exercise of the demo team is invisible to another team
        ResponseEntity<Map<String, Object>> exercise = api.post(manager, "/api/calibration/exercises",
                Map.of("sessionId", sessionId));
        assertThat(exercise.getStatusCode().value()).isEqualTo(201);
        String exerciseId = (String) exercise.getBody().get("id");
        assertThat(api.getText(grace, "/api/calibration/exercises/" + exerciseId + "/replay").getStatusCode().value())
                .isEqualTo(200);
        assertThat(api.getText(acme, "/api/calibration/exercises/" + exerciseId + "/replay").getStatusCode().value())
                .isEqualTo(404);
        assertThat(api.post(acme, "/api/calibration/exercises", Map.of("sessionId", sessionId)).getStatusCode()
                .value()).isEqualTo(403);

        // the team's list: every member sees the exercise and whether they scored it; another team never does
        assertThat(exercises(grace)).filteredOn(row -> exerciseId.equals(row.get("id"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("sessionId", sessionId)
                        .containsEntry("candidateName", "Blind Candidate").containsEntry("createdBy", "manager@demo")
                        .containsEntry("scored", false).containsEntry("members", 0));
        assertThat(api.post(grace, "/api/calibration/exercises/" + exerciseId + "/scores", Map.of("scores",
                List.of(Map.of("roundIndex", 1, "competency", "requirements", "level", 3)))).getStatusCode().value())
                .isEqualTo(200);
        assertThat(exercises(grace)).filteredOn(row -> exerciseId.equals(row.get("id"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("scored", true).containsEntry("members", 1));
        assertThat(exercises(manager)).filteredOn(row -> exerciseId.equals(row.get("id"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("scored", false).containsEntry("members", 1));
        assertThat(api.get(grace, "/api/calibration/exercises/" + exerciseId).getBody())
                .containsEntry("id", exerciseId).containsEntry("scored", true);
        assertThat(exercises(acme)).extracting(row -> row.get("id")).doesNotContain(exerciseId);
        assertThat(api.getText(acme, "/api/calibration/exercises").getBody()).doesNotContain(sessionId);
        assertThat(api.get(acme, "/api/calibration/exercises/" + exerciseId).getStatusCode().value()).isEqualTo(404);
        assertThat(api.getText(invite, "/api/calibration/exercises").getStatusCode().value()).isEqualTo(403);
        assertThat(api.getText(acme, "/api/calibration/statistics").getBody()).doesNotContain(sessionId);
        assertThat(api.get(invite, "/api/calibration/statistics").getStatusCode().value()).isEqualTo(403);
    }

    private static List<Map<String, Object>> exercises(String token) {
        ResponseEntity<String> answer = api.getText(token, "/api/calibration/exercises");
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return JsonMapper.builder().build().readValue(answer.getBody(), new TypeReference<>() {
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object> roundScores(String token, String sessionId, int round) {
        Map<String, Object> session = field(api.get(token, "/api/sessions/" + sessionId).getBody(), "session");
        List<Map<String, Object>> rounds = (List<Map<String, Object>>) session.get("rounds");
        return (List<Object>) rounds.get(round).get("scores");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Map<String, Object>>> tables(String token) {
        ResponseEntity<Map<String, Object>> answer = api.get(token, "/api/calibration/statistics");
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return (Map<String, List<Map<String, Object>>>) answer.getBody().get("tables");
    }
}
