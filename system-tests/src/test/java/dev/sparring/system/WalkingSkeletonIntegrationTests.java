package dev.sparring.system;

import dev.sparring.evaluation.EvaluationServiceApplication;
import dev.sparring.gateway.GatewayApplication;
import dev.sparring.session.SessionServiceApplication;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.client.RestClient;

import static dev.sparring.system.StompParticipant.chat;
import static dev.sparring.system.StompParticipant.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's walking skeleton with real Kafka and Redis: a command sent by one browser-style
 * STOMP client travels gateway → Kafka → session-service (Redis, sequence number) → Kafka →
 * gateway → the other client of the same session, and into the evaluation-service's transcript.
 */
class WalkingSkeletonIntegrationTests {

    private static final Duration DELIVERY = Duration.ofSeconds(20);
    private static final String KEY_PREFIX = "skeleton-" + UUID.randomUUID() + ":";

    private static RunningService sessionService;
    private static RunningService gateway;
    private static RunningService evaluation;

    @BeforeAll
    static void startPlatform() {
        sessionService = RunningService.start(SessionServiceApplication::start, KEY_PREFIX);
        evaluation = RunningService.start(EvaluationServiceApplication::start, KEY_PREFIX);
        gateway = RunningService.start(GatewayApplication::start, KEY_PREFIX).awaitListenerAssigned("gateway-fanout");
    }

    @AfterAll
    static void stopPlatform() {
        gateway.close();
        evaluation.close();
        sessionService.close();
    }

    @Test
    void aChatLineReachesTheOtherParticipantWithASequenceNumber() throws Exception {
        String sessionId = "s-" + UUID.randomUUID();
        try (StompParticipant interviewer = StompParticipant.connect(gateway.port(), "Ada", "interviewer");
                StompParticipant candidate = StompParticipant.connect(gateway.port(), "Linus", "candidate")) {
            BlockingQueue<Map<String, Object>> candidateEvents =
                    candidate.subscribe("/topic/sessions/" + sessionId + "/events");
            BlockingQueue<Map<String, Object>> acks = interviewer.subscribe("/user/queue/acks");

            interviewer.send("/app/sessions/" + sessionId + "/commands", chat("c-1", "Which cache would you pick?"));

            assertThat(next(acks, DELIVERY)).containsEntry("commandId", "c-1").containsEntry("status", "accepted");
            Map<String, Object> received = next(candidateEvents, DELIVERY);
            assertThat(received)
                    .containsEntry("sessionId", sessionId)
                    .containsEntry("sequence", 1)
                    .containsEntry("audience", "EVERYONE")
                    .containsKeys("id", "occurredAt", "commandId");
            assertThat(StompParticipant.field(received, "event"))
                    .containsEntry("type", "chat.posted")
                    .containsEntry("text", "Which cache would you pick?");
            assertThat(StompParticipant.field(StompParticipant.field(received, "event"), "author"))
                    .containsEntry("displayName", "Ada")
                    .containsEntry("role", "INTERVIEWER");
        }
        StringRedisTemplate redis = sessionService.bean(StringRedisTemplate.class);
        assertThat(redis.opsForValue().get(KEY_PREFIX + "session:{" + sessionId + "}:seq")).isEqualTo("1");
    }

    @Test
    void sequenceNumbersFollowEachOtherWithoutGapsAndARetriedCommandIsAppliedOnce() throws Exception {
        String sessionId = "s-" + UUID.randomUUID();
        try (StompParticipant interviewer = StompParticipant.connect(gateway.port(), "Ada", "interviewer");
                StompParticipant candidate = StompParticipant.connect(gateway.port(), "Linus", "candidate")) {
            BlockingQueue<Map<String, Object>> events = candidate.subscribe("/topic/sessions/" + sessionId + "/events");
            String destination = "/app/sessions/" + sessionId + "/commands";

            interviewer.send(destination, chat("c-1", "first"));
            Map<String, Object> first = next(events, DELIVERY);
            candidate.send(destination, chat("c-1", "another sender may reuse a client id"));
            Map<String, Object> second = next(events, DELIVERY);
            interviewer.send(destination, chat("c-1", "first"));
            Map<String, Object> resent = next(events, DELIVERY);
            interviewer.send(destination, chat("c-2", "third"));
            Map<String, Object> third = next(events, DELIVERY);

            List<Map<String, Object>> received = List.of(first, second, resent, third);
            // the resend of c-1 is re-emitted with its original sequence number, never applied twice
            assertThat(received).extracting(event -> ((Number) event.get("sequence")).longValue())
                    .containsExactly(1L, 2L, 1L, 3L);
            assertThat(resent).isEqualTo(first);
        }
    }

    @Test
    void aLongAnswerUpToTheFrameLimitGetsThroughWhole() throws Exception {
        String sessionId = "s-" + UUID.randomUUID();
        String longAnswer = "I would shard by user id. ".repeat(2000);
        try (StompParticipant interviewer = StompParticipant.connect(gateway.port(), "Ada", "interviewer");
                StompParticipant candidate = StompParticipant.connect(gateway.port(), "Linus", "candidate")) {
            BlockingQueue<Map<String, Object>> events =
                    interviewer.subscribe("/topic/sessions/" + sessionId + "/events");

            candidate.send("/app/sessions/" + sessionId + "/commands", chat("c-1", longAnswer));

            assertThat(StompParticipant.field(next(events, DELIVERY), "event")).containsEntry("text", longAnswer);
        }
    }

    @Test
    void theEvaluationServiceKeepsTheTranscriptInOrder() throws Exception {
        String sessionId = "s-" + UUID.randomUUID();
        try (StompParticipant candidate = StompParticipant.connect(gateway.port(), "Linus", "candidate")) {
            String destination = "/app/sessions/" + sessionId + "/commands";
            candidate.send(destination, chat("c-1", "Before designing: how many daily users?"));
            candidate.send(destination, Map.of("commandId", "c-2", "command",
                    Map.of("type", "utterance.record", "text", "Roughly 10k QPS at peak", "source", "SPEECH")));
        }
        RestClient evaluationApi = RestClient.create("http://localhost:" + evaluation.port());
        await().atMost(DELIVERY).untilAsserted(() -> {
            List<Map<String, Object>> transcript = evaluationApi.get()
                    .uri("/api/sessions/{id}/transcript", sessionId)
                    .retrieve().body(new ParameterizedTypeReference<>() {
                    });
            assertThat(transcript).extracting(segment -> segment.get("text"))
                    .containsExactly("Before designing: how many daily users?", "Roughly 10k QPS at peak");
        });
    }
}
