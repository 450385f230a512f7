package dev.sparring.system;

import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.PresenceStatus;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.platform.session.SessionReader;
import dev.sparring.testsupport.RestartableRedis;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.sparring.system.StompParticipant.chat;
import static dev.sparring.system.StompParticipant.field;
import static dev.sparring.system.StompParticipant.nextEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LONG;
import static org.awaitility.Awaitility.await;

/**
 * Redis coming back empty under a running platform (a crash of a Redis that persists nothing, a
 * failover to a replica that had nothing yet) loses no session: the session-service notices the new
 * Redis and rebuilds the recent sessions from the event log without waiting for a command, so a
 * candidate who joins afterwards is admitted and the session's sequence goes on where it was.
 */
class RedisRestartIntegrationTests {

    private static RestartableRedis redis;
    private static Platform platform;

    @BeforeAll
    static void start() {
        redis = RestartableRedis.start();
        platform = Platform.startOnRedis(redis.host(), redis.port(), 1, 1,
                "--sparring.session.recovery.redis-check-interval=300ms");
    }

    @AfterAll
    static void stop() {
        platform.close();
        redis.close();
    }

    @Test
    void aSessionRedisLostWhileEveryServiceKeptRunningIsBackWithoutAnyCommand() throws Exception {
        ApiClient api = platform.api(0);
        String interviewerToken = api.token("interviewer@demo");
        Map<String, Object> created = api.createSession(interviewerToken, "senior-swe", "Linus");
        String sessionId = (String) created.get("sessionId");
        String events = "/topic/sessions/" + sessionId + "/events";
        long before;
        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), interviewerToken)) {
            BlockingQueue<Map<String, Object>> seen = interviewer.subscribe(events);
            interviewer.command(sessionId, "c-1", chat("Which cache would you pick?"));
            before = StompParticipant.sequence(nextEvent(seen, "chat.posted"));
        }
        SessionReader sessions = platform.sessionService(0).bean(SessionReader.class);
        await().atMost(StompParticipant.WAIT).until(() -> sessions.state(sessionId).stream()
                .flatMap(state -> state.participants().values().stream())
                .anyMatch(participation -> participation.actor().role() == ParticipantRole.INTERVIEWER
                        && participation.status() != PresenceStatus.CONNECTED)); // left, or reconnecting
        long stored = sessions.state(sessionId).orElseThrow().version();

        redis.restartEmpty();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sessions.state(sessionId))
                .get().extracting(SessionState::version, LONG).isGreaterThanOrEqualTo(stored));
        try (StompParticipant candidate = StompParticipant.connect(platform.gateway(0).port(),
                (String) created.get("inviteToken"))) {
            BlockingQueue<Map<String, Object>> seen = candidate.subscribe(events);
            candidate.command(sessionId, "c-1", chat("A read-through cache in front of the store."));

            Map<String, Object> answer = nextEvent(seen, "chat.posted");
            assertThat(field(answer, "event")).containsEntry("text", "A read-through cache in front of the store.");
            assertThat(StompParticipant.sequence(answer)).isGreaterThan(stored);
        }
    }
}
