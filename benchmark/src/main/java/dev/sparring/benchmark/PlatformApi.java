package dev.sparring.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The gateway's REST API, as far as the benchmark needs it: sign-in, sessions, rounds. */
final class PlatformApi {

    private final URI gateway;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    PlatformApi(URI gateway, ObjectMapper json) {
        this.gateway = gateway;
        this.json = json;
    }

    String token(String username, String password) throws IOException, InterruptedException {
        JsonNode body = post(null, "/api/auth/token", Map.of("username", username, "password", password), 200);
        return body.path("accessToken").asString();
    }

    /** Creates a session and returns its id and the candidate's invite token. */
    CreatedSession createSession(String token, String kit, String candidateName) throws IOException, InterruptedException {
        JsonNode body = post(token, "/api/sessions", Map.of("kitId", kit, "candidateName", candidateName), 201);
        return new CreatedSession(body.path("sessionId").asString(), body.path("inviteToken").asString());
    }

    void startRound(String token, String sessionId, int roundIndex) throws IOException, InterruptedException {
        post(token, "/api/sessions/" + sessionId + "/rounds/" + roundIndex + "/start", Map.of(), 200);
    }

    void endSession(String token, String sessionId) throws IOException, InterruptedException {
        post(token, "/api/sessions/" + sessionId + "/end", Map.of(), 200);
    }

    private JsonNode post(String token, String path, Object body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected && !(expected == 200 && response.statusCode() / 100 == 2)) {
            throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }

    record CreatedSession(String sessionId, String inviteToken) {
    }
}
