package dev.sparring.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.sparring.system.StompParticipant.chat;
import static dev.sparring.system.StompParticipant.field;
import static dev.sparring.system.StompParticipant.next;
import static dev.sparring.system.StompParticipant.nextEvent;
import static dev.sparring.system.StompParticipant.nextMatching;
import static dev.sparring.system.StompParticipant.sequence;
import static dev.sparring.system.StompParticipant.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client whose connection drops comes back with the last sequence number it applied and gets
 * exactly what it missed, in order, without duplicates, and only what its role may see; one that
 * is too far behind gets a fresh snapshot. The session keeps only 5 events here, so "too far" is
 * easy to reach.
 */
class ResumeIntegrationTests {

    private static Platform platform;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        // a window of 5 events, and a grace long enough that a dropped tab's LEFT never adds a sixth
        platform = Platform.start(1, 1, "--sparring.session.store.window=5",
                "--sparring.session.timers.reconnect-grace=5m");
        api = platform.api(0);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void aReconnectingCandidateGetsExactlyTheEventsItMissedInOrder() throws Exception {
        String interviewerToken = api.token("interviewer@demo");
        Map<String, Object> created = api.createSession(interviewerToken, "senior-swe", "Linus");
        String sessionId = (String) created.get("sessionId");
        String invite = (String) created.get("inviteToken");
        api.post(interviewerToken, "/api/sessions/" + sessionId + "/rounds/1/start", null);

        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), interviewerToken)) {
            BlockingQueue<Map<String, Object>> everything = interviewer.subscribe(events(sessionId));
            BlockingQueue<Map<String, Object>> privateOnes = interviewer.subscribe(
                    "/topic/sessions/" + sessionId + "/interviewer-events");

            StompParticipant before = StompParticipant.connect(platform.gateway(0).port(), invite);
            BlockingQueue<Map<String, Object>> seenBefore = before.subscribe(events(sessionId));
            interviewer.command(sessionId, "chat-1", chat("Shall we start with requirements?"));
            long lastApplied = sequence(nextEvent(seenBefore, "chat.posted"));

            before.drop();
            assertThat(field(nextMatching(everything, event -> "presence.changed".equals(type(event))
                    && "RECONNECTING".equals(field(event, "event").get("status"))), "event").get("participant"))
                    .asString().contains("CANDIDATE");

            interviewer.command(sessionId, "note-1", Map.of("type", "note.write", "text", "went quiet"));
            interviewer.command(sessionId, "reveal-1", Map.of("type", "prompt.reveal", "promptId", "rate-limiter"));
            interviewer.command(sessionId, "chat-2", chat("Take your time."));
            nextEvent(privateOnes, "note.written");
            List<Map<String, Object>> missed = new ArrayList<>();
            missed.add(nextEvent(everything, "prompt.revealed"));
            missed.add(nextEvent(everything, "chat.posted"));

            try (StompParticipant after = StompParticipant.connect(platform.gateway(0).port(), invite)) {
                after.subscribe(events(sessionId));
                BlockingQueue<Map<String, Object>> replays = after.subscribe("/user/queue/replay");
                after.send("/app/sessions/" + sessionId + "/resume", Map.of("afterSequence", lastApplied));

                Map<String, Object> replay = next(replays);
                assertThat(replay.get("snapshot")).isNull();
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> replayed = (List<Map<String, Object>>) replay.get("events");
                assertThat(replayed).extracting(StompParticipant::sequence)
                        .isSorted()
                        .doesNotHaveDuplicates()
                        .allMatch(sequence -> sequence > lastApplied);
                assertThat(replayed).extracting(event -> event.get("audience")).containsOnly("EVERYONE");
                assertThat(replayed).extracting(StompParticipant::type)
                        .doesNotContain("note.written")
                        .contains("prompt.revealed", "chat.posted");
                assertThat(replayed).extracting(event -> event.get("id"))
                        .containsAll(missed.stream().map(event -> event.get("id")).toList());
            }
            assertThat(field(nextMatching(everything, event -> "presence.changed".equals(type(event))
                    && "CONNECTED".equals(field(event, "event").get("status"))), "event")).isNotNull();
        }
    }

    @Test
    void aCandidateWithTwoTabsOpenStaysPresentUntilTheLastOneCloses() throws Exception {
        String interviewerToken = api.token("interviewer@demo");
        Map<String, Object> created = api.createSession(interviewerToken, "senior-swe", "Linus");
        String sessionId = (String) created.get("sessionId");
        String invite = (String) created.get("inviteToken");
        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), interviewerToken)) {
            BlockingQueue<Map<String, Object>> everything = interviewer.subscribe(events(sessionId));
            StompParticipant firstTab = StompParticipant.connect(platform.gateway(0).port(), invite);
            firstTab.subscribe(events(sessionId));
            candidatePresence(everything, "CONNECTED", 1);
            StompParticipant secondTab = StompParticipant.connect(platform.gateway(0).port(), invite);
            secondTab.subscribe(events(sessionId));
            candidatePresence(everything, "CONNECTED", 2);

            firstTab.close();
            candidatePresence(everything, "CONNECTED", 1);
            secondTab.close(); // a STOMP DISCONNECT, then the socket closes at once: a goodbye, not a drop
            candidatePresence(everything, "LEFT", 0);
        }
    }

    /** The next presence change of the candidate, which must have a status matching and open connections. */
    private static void candidatePresence(BlockingQueue<Map<String, Object>> events, String status, int connections)
            throws InterruptedException {
        Map<String, Object> change = field(nextMatching(events, event -> "presence.changed".equals(type(event))
                && field(field(event, "event"), "participant").get("role").equals("CANDIDATE")), "event");
        assertThat((String) change.get("status")).matches(status);
        assertThat((List<?>) change.get("connections")).hasSize(connections);
    }

    @Test
    void aClientTooFarBehindGetsASnapshotOfItsOwnView() throws Exception {
        String interviewerToken = api.token("interviewer@demo");
        Map<String, Object> created = api.createSession(interviewerToken, "senior-swe", "Linus");
        String sessionId = (String) created.get("sessionId");
        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), interviewerToken);
                StompParticipant candidate = StompParticipant.connect(platform.gateway(0).port(),
                        (String) created.get("inviteToken"))) {
            BlockingQueue<Map<String, Object>> everything = interviewer.subscribe(events(sessionId));
            for (int i = 0; i < 8; i++) {
                interviewer.command(sessionId, "chat-" + i, chat("line " + i));
                nextEvent(everything, "chat.posted");
            }
            BlockingQueue<Map<String, Object>> replays = candidate.subscribe("/user/queue/replay");

            candidate.send("/app/sessions/" + sessionId + "/resume", Map.of("afterSequence", 1));

            Map<String, Object> replay = next(replays);
            assertThat((List<?>) replay.get("events")).isEmpty();
            assertThat(field(replay, "snapshot"))
                    .containsEntry("sessionId", sessionId)
                    .containsEntry("candidateName", "Linus")
                    .doesNotContainKey("session");
        }
    }

    @Test
    void aClientThatMissedNothingGetsAnEmptyReplay() throws Exception {
        String interviewerToken = api.token("interviewer@demo");
        Map<String, Object> created = api.createSession(interviewerToken, "senior-swe", "Linus");
        String sessionId = (String) created.get("sessionId");
        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), interviewerToken)) {
            BlockingQueue<Map<String, Object>> everything = interviewer.subscribe(events(sessionId));
            interviewer.command(sessionId, "chat-1", chat("hello"));
            long last = sequence(nextEvent(everything, "chat.posted"));
            BlockingQueue<Map<String, Object>> replays = interviewer.subscribe("/user/queue/replay");

            interviewer.send("/app/sessions/" + sessionId + "/resume", Map.of("afterSequence", last));

            Map<String, Object> replay = next(replays);
            assertThat((List<?>) replay.get("events")).isEmpty();
            assertThat(replay.get("snapshot")).isNull();
        }
    }

    private static String events(String sessionId) {
        return "/topic/sessions/" + sessionId + "/events";
    }
}
