package dev.sparring.gateway.auth;

import dev.sparring.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the {@code local} profile: no demo accounts, only the bootstrap admin when configured. */
@SpringBootTest(properties = {"spring.config.name=gateway", "sparring.auth.token-secret=" + Api.SECRET,
        "sparring.auth.bootstrap-admin.username=root@prod",
        "sparring.auth.bootstrap-admin.password=" + ProductionProfileIntegrationTests.ADMIN_PASSWORD,
        "sparring.auth.bootstrap-admin.team=prod"},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class ProductionProfileIntegrationTests {

    static final String ADMIN_PASSWORD = "bootstrap-admin-password";

    @LocalServerPort
    int port;

    @Autowired
    AccountStore store;

    @Autowired
    BootstrapAdmin bootstrap;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void noDemoAccountExists() {
        assertThat(store.listByTeam("demo")).isEmpty();
        assertThat(store.listByTeam("acme")).isEmpty();
        assertThat(api.post("/api/auth/token", null, new Api.Credentials("admin@demo", Api.DEMO_PASSWORD)).status())
                .isEqualTo(401);
    }

    @Test
    void theBootstrapAdminIsCreatedAndAdministersItsTeam() {
        String token = api.signIn("root@prod", ADMIN_PASSWORD);

        Api.Response list = api.get("/api/admin/accounts", token);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().valueStream().map(node -> node.path("username").asString())).containsExactly("root@prod");
    }

    @Test
    void theBootstrapAdminIsCreatedOnlyOnce() throws Exception {
        String hash = store.find("root@prod").orElseThrow().passwordHash();

        bootstrap.run(null);

        assertThat(store.find("root@prod").orElseThrow().passwordHash()).isEqualTo(hash);
        assertThat(store.listByTeam("prod")).hasSize(1);
    }
}
