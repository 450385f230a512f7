package dev.sparring.system;

import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The gateway's REST API as a client uses it, with the documented demo accounts. */
final class ApiClient {

    static final String DEMO_PASSWORD = "sparring-demo-password";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final RestClient rest;

    ApiClient(int port) {
        this.rest = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    String token(String username) {
        Map<String, Object> body = rest.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", DEMO_PASSWORD)).retrieve().body(JSON);
        if (body == null || body.get("accessToken") == null) {
            throw new AssertionError("no token for " + username + ": " + body);
        }
        return (String) body.get("accessToken");
    }

    /** Creates a session from a kit and returns the answer: sessionId, joinUrl, inviteToken, session. */
    Map<String, Object> createSession(String token, String kitId, String candidateName) {
        ResponseEntity<Map<String, Object>> created = post(token, "/api/sessions",
                Map.of("kitId", kitId, "candidateName", candidateName));
        if (created.getStatusCode().value() != 201) {
            throw new AssertionError("session not created: " + created);
        }
        return created.getBody();
    }

    /** Creates a session with an Idempotency-Key: a retry answers with the session the first call made. */
    ResponseEntity<Map<String, Object>> createSessionOnce(String token, String idempotencyKey, String kitId,
            String candidateName) {
        return rest.post().uri("/api/sessions").headers(headers -> {
            headers.setBearerAuth(token);
            headers.set("Idempotency-Key", idempotencyKey);
        }).contentType(MediaType.APPLICATION_JSON).body(Map.of("kitId", kitId, "candidateName", candidateName))
                .retrieve().toEntity(JSON);
    }

    ResponseEntity<Map<String, Object>> get(String token, String path) {
        return rest.get().uri(path).headers(headers -> headers.setBearerAuth(token)).retrieve().toEntity(JSON);
    }

    ResponseEntity<String> getText(String token, String path) {
        return rest.get().uri(path).headers(headers -> headers.setBearerAuth(token)).retrieve().toEntity(String.class);
    }

    ResponseEntity<Map<String, Object>> post(String token, String path, Object body) {
        return rest.post().uri(path).headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(body == null ? Map.of() : body).retrieve().toEntity(JSON);
    }

    ResponseEntity<Map<String, Object>> postText(String token, String path, MediaType type, String body) {
        return rest.post().uri(path).headers(headers -> headers.setBearerAuth(token))
                .contentType(type).body(body).retrieve().toEntity(JSON);
    }
}
