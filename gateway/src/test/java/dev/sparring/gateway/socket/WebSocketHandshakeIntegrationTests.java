package dev.sparring.gateway.socket;

import dev.sparring.gateway.auth.InviteTokens;
import dev.sparring.testsupport.WithRealInfrastructure;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = {"spring.config.name=gateway",
        "sparring.auth.token-secret=test-secret-of-the-gateway-socket-tests-0123456789"},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class WebSocketHandshakeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    InviteTokens invites;

    @Test
    void aBrowserPageFromTheAllowedOriginConnects() throws Exception {
        StompSession session = connect("http://localhost:8080");

        assertThat(session.isConnected()).isTrue();
        session.disconnect();
    }

    @Test
    void aPageFromAnotherOriginIsRefusedAtTheHandshake() {
        assertThatThrownBy(() -> connect("https://evil.example"))
                .isInstanceOf(ExecutionException.class)
                .rootCause().hasMessageContaining("403");
    }

    @Test
    void aFrameOverTheSizeLimitClosesTheConnectionAsTooBig() throws Exception {
        CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setOrigin("http://localhost:8080");
        WebSocketSession socket = new StandardWebSocketClient().execute(new TextWebSocketHandler() {
            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
                closed.complete(status);
            }
        }, headers, endpoint()).get(10, TimeUnit.SECONDS);
        socket.sendMessage(new TextMessage("CONNECT\naccept-version:1.2\nhost:localhost\n\n\0"));
        String body = "x".repeat(70 * 1024);
        try {
            socket.sendMessage(new TextMessage("SEND\ndestination:/app/sessions/s-1/commands\n"
                    + "content-type:application/json\n\n" + body + "\0"));
        } catch (IllegalStateException closedWhileSending) {
            // the server may close before the client finished writing; the close status tells why
        }

        assertThat(closed.get(10, TimeUnit.SECONDS).getCode()).isIn(CloseStatus.TOO_BIG_TO_PROCESS.getCode(),
                CloseStatus.PROTOCOL_ERROR.getCode());
    }

    private StompSession connect(String origin) throws Exception {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setOrigin(origin);
        return client.connectAsync(endpoint(), headers, new StompHeaders(),
                new StompSessionHandlerAdapter() {
                }).get(10, TimeUnit.SECONDS);
    }

    /** The handshake needs a token (see the auth package); a candidate's invite is the simplest to get. */
    private URI endpoint() {
        return URI.create("ws://localhost:" + port + "/ws?access_token=" + invites.issue("s-1", "demo", "Casey"));
    }
}
