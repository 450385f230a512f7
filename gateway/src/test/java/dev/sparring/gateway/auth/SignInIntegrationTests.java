package dev.sparring.gateway.auth;

import dev.sparring.testsupport.WithRealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = {"spring.config.name=gateway", "sparring.auth.token-secret=" + Api.SECRET},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@WithRealInfrastructure
class SignInIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder decoder;

    @Autowired
    JwtEncoder encoder;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void aDemoAccountSignsInAndGetsABearerTokenWithItsClaims() {
        Api.Response response = api.post("/api/auth/token", null,
                new Api.Credentials("manager@demo", Api.DEMO_PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.path("expiresIn").asLong()).isEqualTo(Duration.ofHours(8).toSeconds());
        assertThat(body.path("user").path("userId").asString()).isEqualTo("manager@demo");
        assertThat(body.path("user").path("displayName").asString()).isEqualTo("Hedy Manager");
        assertThat(body.path("user").path("teamId").asString()).isEqualTo("demo");
        assertThat(body.path("user").path("roles").toString()).contains("HIRING_MANAGER", "INTERVIEWER");

        Jwt token = decoder.decode(body.path("accessToken").asString());
        assertThat(token.getHeaders()).containsEntry("alg", "HS256");
        assertThat(token.getSubject()).isEqualTo("manager@demo");
        assertThat(token.getClaimAsString("name")).isEqualTo("Hedy Manager");
        assertThat(token.getClaimAsString("team")).isEqualTo("demo");
        assertThat(token.getClaimAsString("typ")).isEqualTo("access");
        assertThat(token.getClaimAsStringList("roles")).containsExactlyInAnyOrder("HIRING_MANAGER", "INTERVIEWER");
        assertThat(token.getExpiresAt()).isBetween(Instant.now().plus(Duration.ofHours(8)).minusSeconds(60),
                Instant.now().plus(Duration.ofHours(8)).plusSeconds(5));
    }

    @Test
    void aStaleTokenSentAlongDoesNotSpoilSignIn() {
        Api.Response response = api.post("/api/auth/token", "stale.or.garbage",
                new Api.Credentials("interviewer@demo", Api.DEMO_PASSWORD));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void theTokenIdentifiesItsUserOnTheApi() {
        String token = api.signIn("interviewer@demo", Api.DEMO_PASSWORD);

        Api.Response me = api.get("/api/auth/me", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("userId").asString()).isEqualTo("interviewer@demo");
        assertThat(me.json().path("displayName").asString()).isEqualTo("Ada Interviewer");
        assertThat(me.strings("roles")).containsExactly("INTERVIEWER");
        assertThat(me.json().path("sessionId").isNull()).isTrue();
    }

    @Test
    void everyDemoAccountExistsWithItsTeam() {
        assertThat(signedInTeam("interviewer@demo")).isEqualTo("demo");
        assertThat(signedInTeam("interviewer2@demo")).isEqualTo("demo");
        assertThat(signedInTeam("admin@demo")).isEqualTo("demo");
        assertThat(signedInTeam("interviewer@acme")).isEqualTo("acme");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSame401() {
        Api.Response wrongPassword = api.post("/api/auth/token", null,
                new Api.Credentials("interviewer@demo", "not-the-password"));
        Api.Response unknownUser = api.post("/api/auth/token", null,
                new Api.Credentials("nobody@demo", Api.DEMO_PASSWORD));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.json().path("error").asString()).isEqualTo("invalid-credentials");
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void withoutATokenTheApiAnswers401InJson() {
        Api.Response response = api.get("/api/auth/me", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isJson()).isTrue();
        assertThat(response.json().path("error").asString()).isEqualTo("unauthorized");
        assertThat(response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        String expired = AccessTokens.encode(encoder, claims("interviewer@demo").issuedAt(past.minusSeconds(60))
                .expiresAt(past).build());

        Api.Response response = api.get("/api/auth/me", expired);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("error").asString()).isEqualTo("invalid-token");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        JwtEncoder forger = NimbusJwtEncoder.withSecretKey(new SecretKeySpec(
                "some-other-key-that-is-long-enough-0123456789".getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .algorithm(MacAlgorithm.HS256).build();
        String forged = AccessTokens.encode(forger, claims("admin@demo").build());

        assertThat(api.get("/api/auth/me", forged).status()).isEqualTo(401);
        assertThat(api.get("/api/admin/accounts", forged).status()).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherIssuerOrKindIsRefusedEvenWithOurKey() {
        String otherIssuer = AccessTokens.encode(encoder, claims("interviewer@demo").issuer("someone-else").build());
        String unknownKind = AccessTokens.encode(encoder, claims("interviewer@demo").claim("typ", "refresh").build());

        assertThat(api.get("/api/auth/me", otherIssuer).status()).isEqualTo(401);
        assertThat(api.get("/api/auth/me", unknownKind).status()).isEqualTo(401);
    }

    @Test
    void aTokenInTheQueryStringIsNotAcceptedOutsideTheWebSocketHandshake() {
        String token = api.signIn("interviewer@demo", Api.DEMO_PASSWORD);

        Api.Response response = api.get("/api/auth/me?access_token=" + token, null);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void publicPathsNeedNoToken() {
        assertThat(api.get("/", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health", null).status()).isIn(200, 503);
    }

    @Test
    void whatIsNotListedIsDenied() {
        String token = api.signIn("interviewer@demo", Api.DEMO_PASSWORD);

        assertThat(api.get("/not-a-page", null).status()).isEqualTo(401);
        assertThat(api.get("/not-a-page", token).status()).isEqualTo(403);
        assertThat(api.get("/actuator/metrics", token).status()).isEqualTo(403);
    }

    @Test
    void errorsOfAuthorizedRequestsStillRender() {
        String token = api.signIn("interviewer@demo", Api.DEMO_PASSWORD);

        Api.Response response = api.get("/api/no-such-endpoint", token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isJson()).isTrue();
    }

    private String signedInTeam(String username) {
        Api.Response response = api.post("/api/auth/token", null, new Api.Credentials(username, Api.DEMO_PASSWORD));
        assertThat(response.status()).as(username).isEqualTo(200);
        return response.json().path("user").path("teamId").asString();
    }

    private static JwtClaimsSet.Builder claims(String username) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder()
                .issuer(TokenClaims.ISSUER)
                .subject(username)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .claim("typ", "access")
                .claim("name", "Someone")
                .claim("team", "demo")
                .claim("roles", List.of("ADMIN", "INTERVIEWER"));
    }
}
