package dev.sparring.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static dev.sparring.system.StompParticipant.chat;
import static dev.sparring.system.StompParticipant.field;
import static dev.sparring.system.StompParticipant.nextEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateways and two session-services on one Kafka and Redis: the interviewer on one gateway,
 * the candidate on the other, both see the same session; the session-services share the command
 * partitions between them; kits published through both gateways at once get versions of their own.
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
        await().atMost(StompParticipant.WAIT).untilAsserted(() -> {
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

    @Test
    void aKitPublishedThroughBothGatewaysAtOnceGetsADistinctVersionEachTimeAndBothEndOnTheSameOne()
            throws Exception {
        String kitId = "panel-loop-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = TeamKits.oneCodingRound(kitId, "Panel loop", Duration.ofMinutes(45));
        String token = platform.api(0).token("interviewer@demo");
        ExecutorService publishers = Executors.newFixedThreadPool(6);
        try {
            List<Future<ResponseEntity<Map<String, Object>>>> publishes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ApiClient gateway = platform.api(i % 2);
                publishes.add(publishers.submit(() -> gateway.postText(token, "/api/kits",
                        MediaType.valueOf("application/yaml"), yaml)));
            }
            List<Object> versions = new ArrayList<>();
            for (Future<ResponseEntity<Map<String, Object>>> publish : publishes) {
                ResponseEntity<Map<String, Object>> published = publish.get(30, TimeUnit.SECONDS);
                assertThat(published.getStatusCode().value()).as(String.valueOf(published.getBody())).isEqualTo(201);
                versions.add(published.getBody().get("version"));
            }

            assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        } finally {
            publishers.shutdownNow();
        }
        await().atMost(StompParticipant.WAIT).untilAsserted(() -> assertThat(kitVersion(0, token, kitId)).isEqualTo(kitVersion(1, token, kitId)));
    }

    private static Object kitVersion(int gateway, String token, String kitId) {
        ResponseEntity<String> kit = platform.api(gateway).getText(token, "/api/kits/" + kitId);
        assertThat(kit.getStatusCode().value()).isEqualTo(200);
        String body = kit.getBody();
        int at = body.indexOf("\"version\":") + "\"version\":".length();
        return body.substring(at, body.indexOf(',', at));
    }

    private static int assigned(RunningService service) {
        var partitions = service.bean(KafkaListenerEndpointRegistry.class).getListenerContainer("session-commands")
                .getAssignedPartitions();
        return partitions == null ? 0 : partitions.size();
    }
}
