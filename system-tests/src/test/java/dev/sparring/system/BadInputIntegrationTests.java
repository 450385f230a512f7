package dev.sparring.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.sparring.system.StompParticipant.chat;
import static dev.sparring.system.StompParticipant.field;
import static dev.sparring.system.StompParticipant.next;
import static dev.sparring.system.StompParticipant.nextEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad input gets an error with a stable code, the connection stays usable, and no accepted command
 * is lost; only abuse (frames over the size limit, sending to a broker destination, flooding)
 * closes a connection, with a documented close code or ERROR frame.
 */
class BadInputIntegrationTests {

    private static Platform platform;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        platform = Platform.start(1, 1);
        api = platform.api(0);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void eachBadFrameGetsItsErrorCodeAndTheConnectionKeepsWorking() throws Exception {
        String token = api.token("interviewer@demo");
        Map<String, Object> created = api.createSession(token, "senior-swe", "Linus");
        String sessionId = (String) created.get("sessionId");
        String commands = "/app/sessions/" + sessionId + "/commands";
        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), token);
                StompParticipant candidate = StompParticipant.connect(platform.gateway(0).port(),
                        (String) created.get("inviteToken"))) {
            BlockingQueue<Map<String, Object>> events = interviewer.subscribe("/topic/sessions/" + sessionId + "/events");
            BlockingQueue<Map<String, Object>> errors = interviewer.subscribe("/user/queue/errors");
            BlockingQueue<Map<String, Object>> candidateErrors = candidate.subscribe("/user/queue/errors");

            interviewer.sendRaw(commands, "{\"commandId\": \"c-1\", \"command\": {\"type\": \"chat.post\", ");
            assertThat(next(errors)).containsEntry("code", "malformed-message");

            interviewer.sendRaw(commands, "{\"commandId\": \"c-2\", \"command\": {\"type\": \"session.delete\"}}");
            assertThat(next(errors)).containsEntry("code", "unknown-type");

            interviewer.commandNoWait(sessionId, "c-3", Map.of("type", "score.submit", "roundIndex", 0,
                    "competency", "code-quality", "level", 7));
            assertThat(next(errors)).containsEntry("code", "invalid-value");

            interviewer.send(commands, Map.of("command", chat("no id")));
            assertThat(next(errors)).containsEntry("code", "invalid-value");

            candidate.commandNoWait(sessionId, "c-5", Map.of("type", "prompt.reveal", "promptId", "rate-limiter"));
            assertThat(next(candidateErrors)).containsEntry("code", "forbidden").containsEntry("commandId", "c-5");

            interviewer.commandNoWait(sessionId, "c-6", Map.of("type", "phase.advance"));
            assertThat(next(errors)).containsEntry("code", "not-allowed-now").containsEntry("commandId", "c-6");

            interviewer.command(sessionId, "c-7", Map.of("type", "round.start", "roundIndex", 1));
            interviewer.commandNoWait(sessionId, "c-8", Map.of("type", "prompt.reveal", "promptId", "no-such-prompt"));
            assertThat(next(errors)).containsEntry("code", "unknown-prompt").containsEntry("commandId", "c-8");

            interviewer.commandNoWait("s-does-not-exist", "c-9", chat("hello?"));
            assertThat(next(errors)).containsEntry("code", "unknown-session");

            String foreign = api.createSession(api.token("interviewer@acme"), "senior-swe", "Other").get("sessionId")
                    .toString();
            interviewer.commandNoWait(foreign, "c-10", chat("let me in"));
            assertThat(next(errors)).containsEntry("code", "forbidden");

            // still connected and nothing accepted was lost: the chat after all that arrives
            interviewer.command(sessionId, "c-11", chat("still here"));
            assertThat(field(nextEvent(events, "chat.posted"), "event")).containsEntry("text", "still here");
            assertThat(interviewer.connected()).isTrue();
            assertThat(candidate.connected()).isTrue();
        }
    }

    @Test
    void sendingToABrokerDestinationIsRefusedWithAnErrorFrame() throws Exception {
        String token = api.token("interviewer@demo");
        String sessionId = (String) api.createSession(token, "senior-swe", "Linus").get("sessionId");
        try (StompParticipant impostor = StompParticipant.connect(platform.gateway(0).port(), token)) {
            impostor.send("/topic/sessions/" + sessionId + "/events",
                    Map.of("sequence", 99, "event", Map.of("type", "session.ended")));

            impostor.awaitRefusal("forbidden");
            await().atMost(StompParticipant.WAIT).until(() -> !impostor.isOpen());
        }
    }

    @Test
    void aFloodOfFramesIsRateLimitedAndThenClosedAsAPolicyViolation() throws Exception {
        String token = api.token("interviewer@demo");
        String sessionId = (String) api.createSession(token, "senior-swe", "Linus").get("sessionId");
        try (StompParticipant flooder = StompParticipant.connect(platform.gateway(0).port(), token)) {
            BlockingQueue<Map<String, Object>> errors = flooder.subscribe("/user/queue/errors");

            List<Integer> frames = IntStream.range(0, 400).boxed().toList();
            for (int frame : frames) {
                if (!flooder.isOpen()) {
                    break;
                }
                try {
                    flooder.commandNoWait(sessionId, "flood-" + frame, chat("spam " + frame));
                } catch (RuntimeException closedWhileSending) {
                    break; // the gateway closed the socket between the check and the send
                }
            }

            assertThat(next(errors)).containsEntry("code", "rate-limited");
            await().atMost(Duration.ofSeconds(20)).until(() -> !flooder.isOpen());
            assertThat(flooder.closeStatus()).isEqualTo(1008);
        }
    }

    @Test
    void aFrameOverTheSizeLimitClosesTheConnectionAsTooBig() throws Exception {
        String token = api.token("interviewer@demo");
        String sessionId = (String) api.createSession(token, "senior-swe", "Linus").get("sessionId");
        try (StompParticipant sender = StompParticipant.connect(platform.gateway(0).port(), token)) {
            try {
                sender.commandNoWait(sessionId, "huge", Map.of("type", "code.update", "text", "x".repeat(70 * 1024)));
            } catch (RuntimeException closedWhileSending) {
                // the gateway may close before the client has written everything
            }

            await().atMost(StompParticipant.WAIT).until(() -> !sender.isOpen());
            assertThat(sender.closeStatus()).isEqualTo(1009);
        }
    }
}
