package dev.sparring.gateway.auth;

import dev.sparring.testsupport.WithRealInfrastructure;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = {"spring.config.name=gateway", "sparring.auth.token-secret=" + Api.SECRET},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@WithRealInfrastructure
class InviteTokenIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    InviteTokens invites;

    @Autowired
    JwtDecoder decoder;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void anInviteNamesItsSessionAndCandidate() {
        Jwt token = decoder.decode(invites.issue("s-42", "demo", "Casey Candidate"));

        assertThat(token.getSubject()).isEqualTo("candidate:s-42");
        assertThat(token.getClaimAsString("sid")).isEqualTo("s-42");
        assertThat(token.getClaimAsString("name")).isEqualTo("Casey Candidate");
        assertThat(token.getClaimAsString("team")).isEqualTo("demo");
        assertThat(token.getClaimAsString("typ")).isEqualTo("invite");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("CANDIDATE");
        assertThat(token.getExpiresAt()).isAfter(token.getIssuedAt().plus(invites.ttl()).minusSeconds(1));
    }

    @Test
    void theCandidateIsKnownToTheApiWithTheSession() {
        String invite = invites.issue("s-42", "demo", "Casey Candidate");

        Api.Response me = api.get("/api/auth/me", invite);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("userId").asString()).isEqualTo("candidate:s-42");
        assertThat(me.json().path("sessionId").asString()).isEqualTo("s-42");
        assertThat(me.strings("roles")).containsExactly("CANDIDATE");
    }

    @Test
    void anInvitePassesTheHttpRulesForReadingASession() {
        String invite = invites.issue("s-a", "demo", "Casey Candidate");

        // the session controller decides what it answers (404 for an unknown session, say); the
        // HTTP rules must only let the request through
        assertThat(api.get("/api/sessions/s-a", invite).status()).isNotIn(401, 403);
        assertThat(api.get("/api/sessions/s-a/state", invite).status()).isNotIn(401, 403);
    }

    @Test
    void anInviteCannotDoAnythingElseOnTheApi() {
        String invite = invites.issue("s-a", "demo", "Casey Candidate");

        assertThat(api.get("/api/sessions", invite).status()).isEqualTo(403);
        assertThat(api.post("/api/sessions", invite, Map.of("candidateName", "Me")).status()).isEqualTo(403);
        assertThat(api.post("/api/sessions/s-a/invites", invite, Map.of()).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/accounts", invite).status()).isEqualTo(403);
        assertThat(api.get("/api/reports", invite).status()).isEqualTo(403);
    }
}
