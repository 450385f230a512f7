package dev.sparring.gateway.auth;

import dev.sparring.testsupport.WithRealInfrastructure;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = {"spring.config.name=gateway", "sparring.auth.token-secret=" + Api.SECRET},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@WithRealInfrastructure
class AccountAdminIntegrationTests {

    static final String PASSWORD = "a-long-enough-password";

    @LocalServerPort
    int port;

    @Autowired
    InviteTokens invites;

    @Autowired
    AccountStore store;

    Api api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new Api(port);
        admin = api.signIn("admin@demo", Api.DEMO_PASSWORD);
    }

    @Test
    void anAdminCreatesAnAccountInTheirTeamThatCanSignIn() {
        String username = unique("dana");

        Api.Response created = api.post("/api/admin/accounts", admin,
                new Api.NewAccountBody(username, "Dana Interviewer", PASSWORD, "demo", List.of("INTERVIEWER")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getFirst(HttpHeaders.LOCATION)).isEqualTo("/api/admin/accounts/" + username);
        assertThat(created.json().path("username").asString()).isEqualTo(username);
        assertThat(created.json().path("teamId").asString()).isEqualTo("demo");
        assertThat(created.body()).doesNotContain("password", "bcrypt", PASSWORD);
        assertThat(store.find(username)).get().satisfies(account -> {
            assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
            assertThat(account.roles()).containsExactly(AccountRole.INTERVIEWER);
        });
        String token = api.signIn(username, PASSWORD);
        assertThat(api.get("/api/auth/me", token).json().path("teamId").asString()).isEqualTo("demo");
    }

    @Test
    void theListShowsTheAdminsTeamOnlyAndNoHashes() {
        Api.Response list = api.get("/api/admin/accounts", admin);

        assertThat(list.status()).isEqualTo(200);
        List<String> usernames = list.json().valueStream().map(node -> node.path("username").asString()).toList();
        assertThat(usernames).contains("admin@demo", "interviewer@demo", "interviewer2@demo", "manager@demo")
                .doesNotContain("interviewer@acme");
        assertThat(list.json().valueStream().map(node -> node.path("teamId").asString())).containsOnly("demo");
        assertThat(list.body()).doesNotContain("passwordHash", "bcrypt");
    }

    @Test
    void everyTeamMemberSeesTheirColleaguesNamesAndNoOtherTeams() {
        String interviewer = api.signIn("interviewer@demo", Api.DEMO_PASSWORD);

        Api.Response members = api.get("/api/team/members", interviewer);

        assertThat(members.status()).isEqualTo(200);
        assertThat(members.json().valueStream().map(node -> node.path("userId").asString()))
                .contains("admin@demo", "interviewer@demo", "manager@demo").doesNotContain("interviewer@acme");
        assertThat(members.json().valueStream()
                .filter(node -> node.path("userId").asString().equals("interviewer@demo"))
                .map(node -> node.path("displayName").asString())).containsExactly("Ada Interviewer");
        assertThat(members.body()).doesNotContain("passwordHash", "bcrypt", "roles");
        String acme = api.signIn("interviewer@acme", Api.DEMO_PASSWORD);
        assertThat(api.get("/api/team/members", acme).json().valueStream().map(node -> node.path("userId").asString()))
                .doesNotContain("interviewer@demo");
    }

    @Test
    void anAdminCannotCreateAnAccountInAnotherTeam() {
        Api.Response response = api.post("/api/admin/accounts", admin,
                new Api.NewAccountBody(unique("eve"), "Eve", PASSWORD, "acme", List.of("ADMIN")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("error").asString()).isEqualTo("forbidden");
    }

    @Test
    void aTakenNameIsAConflict() {
        Api.Response response = api.post("/api/admin/accounts", admin,
                new Api.NewAccountBody("interviewer@demo", "Someone Else", PASSWORD, "demo", List.of("INTERVIEWER")));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("error").asString()).isEqualTo("account-exists");
    }

    @Test
    void invalidInputIsRefusedWithAReason() {
        assertThat(reasonFor(new Api.NewAccountBody("No Spaces", "Name", PASSWORD, "demo", List.of("INTERVIEWER"))))
                .contains("username");
        assertThat(reasonFor(new Api.NewAccountBody(unique("f"), "Name", "short", "demo", List.of("INTERVIEWER"))))
                .contains("at least 12");
        assertThat(reasonFor(new Api.NewAccountBody(unique("g"), "Name", PASSWORD, "demo", List.of())))
                .contains("roles");
        assertThat(reasonFor(new Api.NewAccountBody(unique("h"), "Name", PASSWORD, "demo", List.of("CANDIDATE"))))
                .contains("unknown role");
        assertThat(reasonFor(new Api.NewAccountBody(unique("i"), " ", PASSWORD, "demo", List.of("ADMIN"))))
                .contains("displayName");
    }

    @Test
    void aMemberWhoIsNotAnAdminIsForbidden() {
        String manager = api.signIn("manager@demo", Api.DEMO_PASSWORD);

        Api.Response create = api.post("/api/admin/accounts", manager,
                new Api.NewAccountBody(unique("j"), "Name", PASSWORD, "demo", List.of("INTERVIEWER")));
        Api.Response list = api.get("/api/admin/accounts", manager);

        assertThat(create.status()).isEqualTo(403);
        assertThat(create.isJson()).isTrue();
        assertThat(create.json().path("error").asString()).isEqualTo("forbidden");
        assertThat(create.json().path("message").asString()).isNotBlank();
        assertThat(list.status()).isEqualTo(403);
    }

    @Test
    void anInviteTokenCannotReachTheAdminApiNorTheTeamDirectory() {
        String invite = invites.issue("s-admin", "demo", "Casey Candidate");

        assertThat(api.get("/api/admin/accounts", invite).status()).isEqualTo(403);
        assertThat(api.get("/api/team/members", invite).status()).isEqualTo(403);
        assertThat(api.post("/api/admin/accounts", invite,
                new Api.NewAccountBody(unique("k"), "Name", PASSWORD, "demo", List.of("ADMIN"))).status())
                .isEqualTo(403);
    }

    @Test
    void withoutATokenTheAdminApiAnswers401() {
        assertThat(api.get("/api/admin/accounts", null).status()).isEqualTo(401);
    }

    private String reasonFor(Api.NewAccountBody body) {
        Api.Response response = api.post("/api/admin/accounts", admin, body);
        assertThat(response.status()).as(body.toString()).isEqualTo(400);
        assertThat(response.json().path("error").asString()).isEqualTo("invalid-account");
        return response.json().path("message").asString();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@demo";
    }
}
