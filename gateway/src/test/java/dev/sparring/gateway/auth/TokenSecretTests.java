package dev.sparring.gateway.auth;

import dev.sparring.gateway.GatewayApplication;
import dev.sparring.testsupport.RealInfrastructure;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A gateway without a proper token secret must not start: it would issue forgeable tokens. */
class TokenSecretTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(AuthSettings.class);

    @Test
    void theGatewayDoesNotStartWithoutASecret() {
        Map<String, Object> infrastructure = RealInfrastructure.get().springProperties();

        assertThatThrownBy(() -> new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=" + GatewayApplication.CONFIG_NAME, "server.port=0")
                .properties(infrastructure)
                .run())
                .hasStackTraceContaining("sparring.auth.token-secret is not set")
                .hasStackTraceContaining("SPARRING_AUTH_TOKEN_SECRET");
    }

    @Test
    void aShortSecretIsRefusedWithItsLength() {
        runner.withPropertyValues("sparring.auth.token-secret=too-short").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining(
                    "sparring.auth.token-secret is too short: 9 bytes, HMAC-SHA256 needs at least 32");
        });
    }

    @Test
    void theFailureNeverShowsTheSecret() {
        runner.withPropertyValues("sparring.auth.token-secret=short-secret-value").run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("too short")
                        .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("short-secret-value")));
    }

    @Test
    void aSecretOf32BytesIsAccepted() {
        runner.withPropertyValues("sparring.auth.token-secret=" + "x".repeat(32)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(AuthProperties.class).toString()).doesNotContain("x".repeat(32));
        });
    }

    @Test
    void theBootstrapAdminCanBeSetWithTheDocumentedEnvironmentVariables() {
        Map<String, Object> environment = Map.of("SPARRING_AUTH_TOKEN_SECRET", "x".repeat(32),
                "SPARRING_AUTH_BOOTSTRAP_ADMIN_USERNAME", "ops@acme",
                "SPARRING_AUTH_BOOTSTRAP_ADMIN_PASSWORD", "a-long-enough-password",
                "SPARRING_AUTH_BOOTSTRAP_ADMIN_TEAM", "acme");
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                environment)))
                .run(context -> {
                    AuthProperties.BootstrapAdmin admin = context.getBean(AuthProperties.class).bootstrapAdmin();
                    assertThat(admin.username()).isEqualTo("ops@acme");
                    assertThat(admin.password()).isEqualTo("a-long-enough-password");
                    assertThat(admin.team()).isEqualTo("acme");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuthProperties.class)
    static class AuthSettings {
    }
}
