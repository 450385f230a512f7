package dev.sparring.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static dev.sparring.system.StompParticipant.field;
import static dev.sparring.system.StompParticipant.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines fire on the server even when no client does anything, and a session-service that is
 * down when they pass neither loses nor doubles them: its successor fires each once. A session-service
 * that comes back on a Redis that lost writes goes on from the event log, not from Redis' older state.
 */
class TimerRestartIntegrationTests {

    /** A team kit with a 3-second coding round: its phase and round deadlines fall together. */
    private static final String SHORT_KIT = TeamKits.oneCodingRound("short-loop", "Short loop", Duration.ofSeconds(3));

    private static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.start(1, 1);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void aDeadlineThatPassesWhileTheSessionServiceIsDownFiresOnceAfterItComesBack() throws Exception {
        ApiClient api = platform.api(0);
        String token = api.token("interviewer@demo");
        ResponseEntity<Map<String, Object>> kit = api.postText(token, "/api/kits", MediaType.valueOf("application/yaml"),
                SHORT_KIT);
        assertThat(kit.getStatusCode().value()).as(String.valueOf(kit.getBody())).isEqualTo(201);
        Map<String, Object> created = api.createSession(token, "short-loop", "Linus");
        String sessionId = (String) created.get("sessionId");

        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), token)) {
            BlockingQueue<Map<String, Object>> events = interviewer.subscribe("/topic/sessions/" + sessionId + "/events");
            api.post(token, "/api/sessions/" + sessionId + "/rounds/0/start", null);

            platform.stopSessionService(0);
            TimeUnit.SECONDS.sleep(5); // the deadlines pass while no session-service runs
            platform.startSessionService();

            List<Map<String, Object>> elapsed = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (elapsed.size() < 2 && System.nanoTime() < deadline) {
                Map<String, Object> event = events.poll(200, TimeUnit.MILLISECONDS);
                if (event != null && "deadline.elapsed".equals(type(event))) {
                    elapsed.add(event);
                }
            }
            // and nothing fires a second time
            Map<String, Object> more = StompParticipant.nextMatchingOrNull(events,
                    event -> "deadline.elapsed".equals(type(event)), Duration.ofSeconds(2));

            assertThat(elapsed).extracting(event -> field(event, "event").get("kind"))
                    .containsExactlyInAnyOrder("PHASE", "ROUND");
            assertThat(elapsed).extracting(StompParticipant::sequence).doesNotHaveDuplicates();
            assertThat(more).isNull();
        }
    }

    @Test
    void aSessionServiceRestartedOnARedisThatWentBackInTimeGoesOnFromTheLog() throws Exception {
        ApiClient api = platform.api(0);
        String token = api.token("interviewer@demo");
        String sessionId = (String) api.createSession(token, "senior-swe", "Linus").get("sessionId");
        StringRedisTemplate redis = platform.gateway(0).bean(StringRedisTemplate.class);
        List<String> keys = List.of("state", "seq", "kit").stream()
                .map(name -> platform.keyPrefix() + "session:{" + sessionId + "}:" + name).toList();

        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), token)) {
            BlockingQueue<Map<String, Object>> events = interviewer.subscribe("/topic/sessions/" + sessionId + "/events");
            interviewer.command(sessionId, "c-1", StompParticipant.chat("Shall we start?"));
            StompParticipant.nextEvent(events, "chat.posted");
            List<String> snapshot = redis.opsForValue().multiGet(keys);
            interviewer.command(sessionId, "c-2", StompParticipant.chat("First, the requirements."));
            long published = StompParticipant.sequence(StompParticipant.nextEvent(events, "chat.posted"));

            platform.stopSessionService(0);
            // Redis comes back from a snapshot taken before the second line
            for (int i = 0; i < keys.size(); i++) {
                redis.opsForValue().set(keys.get(i), snapshot.get(i));
            }
            platform.startSessionService();
            interviewer.command(sessionId, "c-3", StompParticipant.chat("Who are the users?"));

            Map<String, Object> next = StompParticipant.nextEvent(events, "chat.posted");
            assertThat(field(next, "event")).containsEntry("text", "Who are the users?");
            // after, not reusing, the sequence published before (the interviewer's presence may sit in between)
            assertThat(StompParticipant.sequence(next)).isGreaterThan(published);
        }
    }

    @Test
    void aSessionRedisLostWhileTheSessionServiceWasDownIsBackBeforeAnyCommand() throws Exception {
        ApiClient api = platform.api(0);
        String token = api.token("interviewer@demo");
        Map<String, Object> created = api.createSession(token, "senior-swe", "Linus");
        String sessionId = (String) created.get("sessionId");
        api.post(token, "/api/sessions/" + sessionId + "/rounds/1/start", null);
        StringRedisTemplate redis = platform.gateway(0).bean(StringRedisTemplate.class);
        String keys = platform.keyPrefix() + "session:{" + sessionId + "}:";
        await().atMost(Duration.ofSeconds(20)).until(() -> "2".equals(redis.opsForValue().get(keys + "seq")));

        platform.stopSessionService(0);
        redis.delete(List.of(keys + "state", keys + "seq", keys + "kit", keys + "events", keys + "applied"));
        assertThat(api.getText(token, "/api/sessions/" + sessionId).getStatusCode().value()).isEqualTo(404);
        platform.startSessionService();

        // no command arrives: the restarted service rebuilds what it finds Redis behind on, so a candidate can join
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.getText(token, "/api/sessions/" + sessionId).getStatusCode().value()).isEqualTo(200));
        try (StompParticipant candidate = StompParticipant.connect(platform.gateway(0).port(),
                (String) created.get("inviteToken"))) {
            BlockingQueue<Map<String, Object>> events = candidate.subscribe("/topic/sessions/" + sessionId + "/events");
            Map<String, Object> joined = StompParticipant.nextEvent(events, "presence.changed");
            assertThat(StompParticipant.sequence(joined)).isEqualTo(3);
        }
    }
}
