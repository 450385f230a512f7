package dev.sparring.gateway.socket;

import dev.sparring.testsupport.WithRealInfrastructure;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import static org.assertj.core.api.Assertions.assertThat;

/** A socket does not outlive the token it was opened with. */
@SpringBootTest(properties = {"spring.config.name=gateway", "spring.profiles.active=local",
        "sparring.auth.access-token-ttl=10s", "sparring.gateway.token-sweep=200ms"},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class TokenExpiryIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aSocketIsClosedAsAPolicyViolationOnceItsTokenExpires() throws Exception {
        Map<String, Object> signedIn = RestClient.create("http://localhost:" + port).post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "interviewer@demo", "password", "sparring-demo-password"))
                .retrieve().body(new ParameterizedTypeReference<>() {
                });
        CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setOrigin("http://localhost:8080");

        WebSocketSession socket = new StandardWebSocketClient().execute(new TextWebSocketHandler() {
            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
                closed.complete(status);
            }
        }, headers, URI.create("ws://localhost:" + port + "/ws?access_token=" + signedIn.get("accessToken")))
                .get(10, TimeUnit.SECONDS);

        assertThat(socket.isOpen()).isTrue();
        CloseStatus status = closed.get(40, TimeUnit.SECONDS);
        assertThat(status.getCode()).isEqualTo(CloseStatus.POLICY_VIOLATION.getCode());
        assertThat(status.getReason()).isEqualTo("token expired");
    }
}
