package dev.sparring.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformSettingsTest {

    private static final Path REPO = Path.of("/repo");

    @Test
    void defaultsKeepClearOfTheStandardKafkaAndRedisPorts() {
        PlatformSettings settings = PlatformSettings.from(Map.of(), List.of(), REPO, "1.0");

        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.kafkaControllerPort()).isEqualTo(19093);
        assertThat(settings.redisPort()).isEqualTo(16379);
        assertThat(settings.services()).containsExactly(
                new ServiceSpec("session-service", 8081),
                new ServiceSpec("gateway", 8080),
                new ServiceSpec("evaluation-service", 8082));
        assertThat(settings.infrastructureOnly()).isFalse();
        assertThat(settings.fresh()).isFalse();
        assertThat(settings.workDir()).isEqualTo(Path.of("/repo/target/local-platform"));
    }

    @Test
    void environmentVariablesMovePorts() {
        PlatformSettings settings = PlatformSettings.from(Map.of(
                "SPARRING_KAFKA_PORT", "29092",
                "SPARRING_REDIS_PORT", " 26379 ",
                "SPARRING_GATEWAY_PORT", "9080",
                "SPARRING_HEALTH_TIMEOUT_SECONDS", "30"), List.of(), REPO, "1.0");

        assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:29092");
        assertThat(settings.redisPort()).isEqualTo(26379);
        assertThat(settings.services()).contains(new ServiceSpec("gateway", 9080));
        assertThat(settings.healthTimeout()).hasSeconds(30);
    }

    @Test
    void flagsAreRecognisedAndUnknownOnesRejected() {
        PlatformSettings settings = PlatformSettings.from(Map.of(), List.of("--infrastructure-only", "--fresh"), REPO, "1.0");

        assertThat(settings.infrastructureOnly()).isTrue();
        assertThat(settings.fresh()).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PlatformSettings.from(Map.of(), List.of("--fast"), REPO, "1.0"))
                .withMessage("Unknown option --fast");
    }

    @Test
    void badPortsAreReportedWithTheVariableName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PlatformSettings.from(Map.of("SPARRING_REDIS_PORT", "redis"), List.of(), REPO, "1.0"))
                .withMessageContaining("SPARRING_REDIS_PORT=redis");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PlatformSettings.from(Map.of("SPARRING_KAFKA_PORT", "70000"), List.of(), REPO, "1.0"))
                .withMessageContaining("SPARRING_KAFKA_PORT=70000 is not a TCP port");
    }

    @Test
    void aPortCannotServeTwoComponents() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PlatformSettings.from(Map.of("SPARRING_REDIS_PORT", "8080"), List.of(), REPO, "1.0"))
                .withMessage("Port 8080 is configured for both Redis and gateway");
    }

    @Test
    void infrastructureOnlyClaimsNoServicePorts() {
        List<PortClaim> claims = PlatformSettings.from(Map.of(), List.of("--infrastructure-only"), REPO, "1.0").portClaims();

        assertThat(claims).extracting(PortClaim::port).containsExactly(19092, 19093, 16379);
        assertThat(claims).extracting(PortClaim::overrideVariable)
                .containsExactly("SPARRING_KAFKA_PORT", "SPARRING_KAFKA_CONTROLLER_PORT", "SPARRING_REDIS_PORT");
    }

    @Test
    void servicesAreFoundByTheirExecJar() {
        ServiceSpec gateway = new ServiceSpec("gateway", 8080);

        assertThat(gateway.execJar(REPO, "0.1.0-SNAPSHOT")).isEqualTo(Path.of("/repo/gateway/target/gateway-0.1.0-SNAPSHOT-exec.jar"));
        assertThat(gateway.healthUrl()).isEqualTo("http://localhost:8080/actuator/health");
        assertThat(ServiceSpec.portVariable("evaluation-service")).isEqualTo("SPARRING_EVALUATION_SERVICE_PORT");
    }

    @Test
    void theRepositoryRootIsFoundFromAModuleDirectory(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve("local-platform/src"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.writeString(repo.resolve("local-platform/pom.xml"), "<project/>");

        assertThat(PlatformSettings.locateRepoRoot(repo.resolve("local-platform/src"))).isEqualTo(repo.toAbsolutePath());
        assertThat(PlatformSettings.locateRepoRoot(repo)).isEqualTo(repo.toAbsolutePath());
    }
}
