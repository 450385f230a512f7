package dev.sparring.gateway.system;

import dev.sparring.testsupport.WithRealInfrastructure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API describes itself at /v3/api-docs, to anybody, with the bearer scheme it requires. */
@SpringBootTest(properties = {"spring.config.name=gateway",
        "sparring.auth.token-secret=openapi-test-secret-openapi-test-secret-0123"},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class OpenApiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theApiDocumentIsPublicAndDocumentsTheApiWithItsBearerScheme() {
        ResponseEntity<String> response = client().get().uri("/v3/api-docs").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode document = JsonMapper.builder().build().readTree(response.getBody());
        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("info").path("title").asString()).isEqualTo("Sparring gateway API");
        assertThat(fieldNames(document.path("paths")))
                .contains("/api/auth/token", "/api/sessions", "/api/sessions/{sessionId}", "/api/kits",
                        "/api/calibration/exercises", "/api/calibration/exercises/{exerciseId}",
                        "/api/calibration/exercises/{exerciseId}/replay", "/api/team/members")
                .allMatch(path -> path.startsWith("/api/"));

        JsonNode scheme = document.path("components").path("securitySchemes").path(OpenApiConfiguration.BEARER_SCHEME);
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.path("security").toString()).contains(OpenApiConfiguration.BEARER_SCHEME);

        // sign-in is the one operation without a token
        JsonNode signIn = document.path("paths").path("/api/auth/token").path("post");
        assertThat(signIn.has("security")).isTrue();
        assertThat(signIn.path("security").isEmpty()).isTrue();
        assertThat(document.path("paths").path("/api/sessions").path("post").has("security")).isFalse();
        assertThat(document.path("paths").path("/api/calibration/exercises").path("get").path("parameters")
                .toString()).contains("\"limit\"");
    }

    @Test
    void swaggerUiIsServedWithoutAToken() {
        ResponseEntity<String> page = client().get().uri("/swagger-ui/index.html").retrieve().toEntity(String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Swagger UI");
    }

    private RestClient client() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, reply) -> {
                })
                .build();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
