package dev.sparring.evaluation.offline;

import dev.sparring.testsupport.WithRealInfrastructure;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline evaluation endpoint: a documented transcript in, a report out, bad input refused with reasons. */
@SpringBootTest(properties = "spring.config.name=evaluation-service", webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class OfflineEvaluationIntegrationTests {

    @LocalServerPort
    int port;

    private static final String TRANSCRIPT = """
            {"candidateName": "Grace",
             "rounds": [{"kind": "BEHAVIORAL", "title": "Ownership",
               "scores": [{"interviewer": "Ada", "competency": "ownership", "level": 4}],
               "utterances": [
                 {"speaker": "interviewer", "name": "Ada", "offsetSeconds": 30,
                  "text": "Tell me about a production incident you owned."},
                 {"speaker": "candidate", "name": "Grace", "offsetSeconds": 45,
                  "text": "I identified the memory leak, I drove the rollback, and we went from weekly to daily deploys within two months."}
               ]}],
             "recommendations": [{"interviewer": "Ada", "recommendation": "STRONG_YES"}]}
            """;

    @Test
    void aTranscriptRecordedElsewhereGetsAReportWithEvidence() {
        ResponseEntity<Map<String, Object>> answer = post(TRANSCRIPT);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody().toString()).contains("ownership").contains("I identified").contains("STRONG_YES");
    }

    @Test
    void anEmptyTranscriptIsRefused() {
        ResponseEntity<Map<String, Object>> answer = post("{\"candidateName\": \"Grace\", \"rounds\": []}");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).containsEntry("error", "invalid-value");
        assertThat(answer.getBody().get("problems").toString()).contains("rounds: a transcript needs at least one round");
    }

    @Test
    void malformedJsonIsRefused() {
        ResponseEntity<Map<String, Object>> answer = post("{\"rounds\": [");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).containsEntry("error", "malformed-message");
    }

    @Test
    void unknownCompetenciesAndScoresOutOfRangeAreNamedWithTheirPlace() {
        String bad = TRANSCRIPT.replace("\"competency\": \"ownership\", \"level\": 4",
                "\"competency\": \"charisma\", \"level\": 9");

        ResponseEntity<Map<String, Object>> answer = post(bad);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("problems").toString())
                .contains("rounds[0].scores[0].competency: unknown competency 'charisma'")
                .contains("rounds[0].scores[0].level: must be 1 to 4, was 9");
    }

    @Test
    void aHugeTranscriptIsRefusedAsTooLarge() {
        String huge = "{\"candidateName\": \"" + "x".repeat(2_100_000) + "\", \"rounds\": []}";

        ResponseEntity<Map<String, Object>> answer = post(huge);

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
    }

    private ResponseEntity<Map<String, Object>> post(String body) {
        return RestClient.create("http://localhost:" + port).post().uri("/api/evaluations")
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .onStatus(status -> true, (request, response) -> {
                })
                .toEntity(new ParameterizedTypeReference<>() {
                });
    }
}
