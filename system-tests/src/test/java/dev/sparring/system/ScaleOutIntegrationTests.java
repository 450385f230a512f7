package dev.sparring.system;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static dev.sparring.system.StompParticipant.chat;
import static dev.sparring.system.StompParticipant.field;
import static dev.sparring.system.StompParticipant.nextEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateways and two session-services on one Kafka and Redis: the interviewer on one gateway,
 * the candidate on the other, both see the same session; the session-services share the command
 * partitions between them.
 */
class ScaleOutIntegrationTests {

    private static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.start(2, 2);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void theSessionServicesShareTheCommandPartitions() {
        await().untilAsserted(() -> {
            int first = assigned(platform.sessionService(0));
            int second = assigned(platform.sessionService(1));
            assertThat(first).isPositive();
            assertThat(second).isPositive();
            assertThat(first + second).isEqualTo(6);
        });
    }

    @Test
    void participantsOnDifferentGatewaysSeeTheSameSession() throws Exception {
        ApiClient onFirst = platform.api(0);
        String interviewerToken = onFirst.token("interviewer@demo");
        // sessions land on different partitions, so both session-services get to apply some
        for (int i = 0; i < 4; i++) {
            Map<String, Object> created = onFirst.createSession(interviewerToken, "senior-swe", "Linus " + i);
            String sessionId = (String) created.get("sessionId");
            onFirst.post(interviewerToken, "/api/sessions/" + sessionId + "/rounds/1/start", null);

            try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), interviewerToken);
                    StompParticipant candidate = StompParticipant.connect(platform.gateway(1).port(),
                            (String) created.get("inviteToken"))) {
                BlockingQueue<Map<String, Object>> interviewerSees =
                        interviewer.subscribe("/topic/sessions/" + sessionId + "/events");
                BlockingQueue<Map<String, Object>> candidateSees =
                        candidate.subscribe("/topic/sessions/" + sessionId + "/events");

                interviewer.command(sessionId, "reveal", Map.of("type", "prompt.reveal",
                        "promptId", "rate-limiter-algorithm"));
                assertThat(field(nextEvent(candidateSees, "prompt.revealed"), "event"))
                        .containsEntry("promptId", "rate-limiter-algorithm");

                candidate.command(sessionId, "answer", chat("Token bucket: it allows bursts."));
                assertThat(field(nextEvent(interviewerSees, "chat.posted"), "event"))
                        .containsEntry("text", "Token bucket: it allows bursts.");
            }
        }
    }

    private static int assigned(RunningService service) {
        var partitions = service.bean(KafkaListenerEndpointRegistry.class).getListenerContainer("session-commands")
                .getAssignedPartitions();
        return partitions == null ? 0 : partitions.size();
    }
}
