package dev.sparring.gateway.auth;

import dev.sparring.testsupport.WithRealInfrastructure;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The WebSocket handshake at {@code /ws} is authenticated like any request, with the token in the query. */
@SpringBootTest(properties = {"spring.config.name=gateway", "sparring.auth.token-secret=" + Api.SECRET},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@WithRealInfrastructure
class WebSocketAuthenticationIntegrationTests {

    static final String ORIGIN = "http://localhost:8080";

    @LocalServerPort
    int port;

    @Autowired
    InviteTokens invites;

    @Test
    void aTeamMembersTokenInTheQueryOpensTheSocket() throws Exception {
        String token = new Api(port).signIn("interviewer@demo", Api.DEMO_PASSWORD);

        StompSession session = connect("/ws?access_token=" + token, new WebSocketHttpHeaders());

        assertThat(session.isConnected()).isTrue();
        session.disconnect();
    }

    @Test
    void aCandidatesInviteOpensTheSocket() throws Exception {
        StompSession session = connect("/ws?access_token=" + invites.issue("s-ws", "demo", "Casey"),
                new WebSocketHttpHeaders());

        assertThat(session.isConnected()).isTrue();
        session.disconnect();
    }

    @Test
    void aTokenInTheAuthorizationHeaderWorksToo() throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setBearerAuth(new Api(port).signIn("interviewer@demo", Api.DEMO_PASSWORD));

        StompSession session = connect("/ws", headers);

        assertThat(session.isConnected()).isTrue();
        session.disconnect();
    }

    @Test
    void withoutATokenTheHandshakeIsRefusedWith401() {
        assertThatThrownBy(() -> connect("/ws", new WebSocketHttpHeaders()))
                .isInstanceOf(ExecutionException.class)
                .rootCause().hasMessageContaining("401");
    }

    @Test
    void anInvalidTokenIsRefusedWith401() {
        assertThatThrownBy(() -> connect("/ws?access_token=not.a.token", new WebSocketHttpHeaders()))
                .isInstanceOf(ExecutionException.class)
                .rootCause().hasMessageContaining("401");
    }

    private StompSession connect(String pathAndQuery, WebSocketHttpHeaders headers) throws Exception {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        headers.setOrigin(ORIGIN);
        return client.connectAsync(URI.create("ws://localhost:" + port + pathAndQuery), headers, new StompHeaders(),
                new StompSessionHandlerAdapter() {
                }).get(10, TimeUnit.SECONDS);
    }
}
