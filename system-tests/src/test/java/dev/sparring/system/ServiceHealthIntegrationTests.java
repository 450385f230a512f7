package dev.sparring.system;

import dev.sparring.evaluation.EvaluationServiceApplication;
import dev.sparring.gateway.GatewayApplication;
import dev.sparring.session.SessionServiceApplication;
import dev.sparring.testsupport.FreePorts;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each service reports its Kafka and Redis in {@code /actuator/health}, and DOWN when it cannot reach them. */
class ServiceHealthIntegrationTests {

    static Stream<Arguments> services() {
        return Stream.of(
                Arguments.of("gateway", (Function<String[], ConfigurableApplicationContext>) args -> GatewayApplication
                        .start(with(args, "--sparring.auth.token-secret=health-test-secret-health-test-secret-0123"))),
                Arguments.of("session-service",
                        (Function<String[], ConfigurableApplicationContext>) args -> SessionServiceApplication
                                .start(with(args, RunningService.NOT_THE_GATEWAY))),
                Arguments.of("evaluation-service",
                        (Function<String[], ConfigurableApplicationContext>) args -> EvaluationServiceApplication
                                .start(with(args, RunningService.NOT_THE_GATEWAY))));
    }

    private static String[] with(String[] args, String extra) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void isUpWithItsKafkaAndRedisComponentsWhenBothAnswer(String name,
            Function<String[], ConfigurableApplicationContext> main) {
        try (RunningService service = RunningService.start(main, "health-" + UUID.randomUUID() + ":")) {
            ResponseEntity<Map<String, Object>> health = health(service.port());

            assertThat(health.getStatusCode().value()).isEqualTo(200);
            assertThat(health.getBody()).containsEntry("status", "UP");
            assertThat(component(health, "kafka")).containsEntry("status", "UP");
            assertThat(component(health, "redis")).containsEntry("status", "UP");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void isDownWhenKafkaAndRedisAreUnreachable(String name, Function<String[], ConfigurableApplicationContext> main) {
        String nobodyListens = "127.0.0.1:" + FreePorts.next();
        try (RunningService service = RunningService.start(main, "health-" + UUID.randomUUID() + ":",
                "--spring.kafka.bootstrap-servers=" + nobodyListens,
                "--spring.data.redis.port=" + FreePorts.next(),
                "--spring.kafka.admin.operation-timeout=1s",
                "--sparring.kafka.health-timeout=1s")) {
            await().atMost(StompParticipant.WAIT).untilAsserted(() -> {
                ResponseEntity<Map<String, Object>> health = health(service.port());
                assertThat(health.getStatusCode().value()).isEqualTo(503);
                assertThat(health.getBody()).containsEntry("status", "DOWN");
                assertThat(component(health, "kafka")).containsEntry("status", "DOWN");
                assertThat(component(health, "redis")).containsEntry("status", "DOWN");
            });
        }
    }

    private static ResponseEntity<Map<String, Object>> health(int port) {
        return RestClient.create("http://localhost:" + port).get().uri("/actuator/health")
                .retrieve()
                .onStatus(status -> true, (request, response) -> {
                })
                .toEntity(new ParameterizedTypeReference<>() {
                });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> component(ResponseEntity<Map<String, Object>> health, String name) {
        return (Map<String, Object>) ((Map<String, Object>) health.getBody().get("components")).get(name);
    }
}
