package dev.sparring.system;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static dev.sparring.system.StompParticipant.nextEvent;
import static dev.sparring.system.StompParticipant.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A live round becomes a rubric report: the interviewer ends it, the evaluation-service reports,
 * and the gateway serves the report to the team (with evidence pointing at the utterances) and the
 * feedback to the candidate.
 */
class ReportIntegrationTests {

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
    void endingARoundProducesAReportWhoseEvidencePointsAtTheUtterances() throws Exception {
        String token = api.token("interviewer@demo");
        Map<String, Object> created = api.createSession(token, "senior-swe", "Linus");
        String sessionId = (String) created.get("sessionId");
        String invite = (String) created.get("inviteToken");
        api.post(token, "/api/sessions/" + sessionId + "/rounds/1/start", null);

        long question;
        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), token);
                StompParticipant candidate = StompParticipant.connect(platform.gateway(0).port(), invite)) {
            BlockingQueue<Map<String, Object>> events = interviewer.subscribe("/topic/sessions/" + sessionId + "/events");
            candidate.command(sessionId, "q", Map.of("type", "utterance.record", "source", "SPEECH",
                    "text", "Before designing: is the limit per user or per API key, and what peak QPS do we expect?"));
            question = sequence(nextEvent(events, "utterance.recorded"));
            candidate.command(sessionId, "estimate", Map.of("type", "utterance.record", "text",
                    "10 million daily users at 100 requests each is 1 billion a day, about 12k QPS, 50k at peak."));
            interviewer.command(sessionId, "note", Map.of("type", "note.write", "text", "private: strong opener"));
            interviewer.command(sessionId, "score", Map.of("type", "score.submit", "roundIndex", 1,
                    "competency", "requirements", "level", 4, "comment", "asked first"));
            interviewer.command(sessionId, "end", Map.of("type", "round.end"));
            nextEvent(events, "round.ended");
        }

        await().atMost(StompParticipant.WAIT).until(() ->
                api.get(token, "/api/sessions/" + sessionId + "/report").getStatusCode().value() == 200);
        String report = api.getText(token, "/api/sessions/" + sessionId + "/report").getBody();
        assertThat(report).contains("\"sequence\":" + question).contains("Outstanding").contains("strong opener");
        assertThat(api.get(token, "/api/sessions/" + sessionId + "/report/versions/1").getStatusCode().value())
                .isEqualTo(200);

        assertThat(api.get(invite, "/api/sessions/" + sessionId + "/report").getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> feedback = api.getText(invite, "/api/sessions/" + sessionId + "/report/feedback");
        assertThat(feedback.getStatusCode().value()).isEqualTo(200);
        assertThat(feedback.getBody()).contains("Linus").doesNotContain("strong opener").doesNotContain("Outstanding");
    }

    @Test
    void anOfflineTranscriptIsEvaluatedThroughTheGatewayForTeamMembersOnly() {
        String token = api.token("interviewer@demo");
        String transcript = """
                {"candidateName": "Grace", "rounds": [{"kind": "BEHAVIORAL", "utterances": [
                  {"speaker": "candidate", "text": "I drove the migration and we cut p99 latency from 900 ms to 200 ms."}]}]}
                """;

        ResponseEntity<Map<String, Object>> report = api.postText(token, "/api/evaluations", MediaType.APPLICATION_JSON,
                transcript);
        assertThat(report.getStatusCode().value()).isEqualTo(200);
        assertThat(report.getBody().toString()).contains("measurable-outcome");

        String invite = (String) api.createSession(token, "senior-swe", "Eve").get("inviteToken");
        assertThat(api.postText(invite, "/api/evaluations", MediaType.APPLICATION_JSON, transcript)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(api.postText(token, "/api/evaluations", MediaType.APPLICATION_JSON, "{\"rounds\": []}")
                .getStatusCode().value()).isEqualTo(400);
    }
}
