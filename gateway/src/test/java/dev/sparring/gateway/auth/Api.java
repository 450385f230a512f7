package dev.sparring.gateway.auth;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls against the test's gateway; never throws on an error status, tests assert it. */
final class Api {

    /** Shared by every test context, so contexts that differ only by profile are not recreated. */
    static final String SECRET = "test-secret-of-the-gateway-auth-tests-0123456789";
    static final String DEMO_PASSWORD = "sparring-demo-password";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    Api(int port) {
        this.client = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    Response get(String path, String token) {
        return send(client.get().uri(path).headers(headers -> bearer(headers, token)).retrieve().toEntity(String.class));
    }

    Response post(String path, String token, Object body) {
        return send(client.post().uri(path).headers(headers -> bearer(headers, token))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class));
    }

    /** Signs in and returns the access token; fails the test when sign-in fails. */
    String signIn(String username, String password) {
        Response response = post("/api/auth/token", null, new Credentials(username, password));
        if (response.status() != 200) {
            throw new AssertionError("sign-in as " + username + " failed: " + response);
        }
        return response.json().path("accessToken").asString();
    }

    private static void bearer(HttpHeaders headers, String token) {
        if (token != null) {
            headers.setBearerAuth(token);
        }
    }

    private static Response send(ResponseEntity<String> entity) {
        return new Response(entity.getStatusCode().value(), entity.getBody(), entity.getHeaders());
    }

    record Credentials(String username, String password) {
    }

    record NewAccountBody(String username, String displayName, String password, String teamId, List<String> roles) {
    }

    record Response(int status, String body, HttpHeaders headers) {

        JsonNode json() {
            return JSON.readTree(body == null ? "null" : body);
        }

        boolean isJson() {
            MediaType type = headers.getContentType();
            return type != null && type.isCompatibleWith(MediaType.APPLICATION_JSON);
        }

        List<String> strings(String field) {
            List<String> values = new ArrayList<>();
            json().path(field).forEach(node -> values.add(node.asString()));
            return values;
        }
    }
}
