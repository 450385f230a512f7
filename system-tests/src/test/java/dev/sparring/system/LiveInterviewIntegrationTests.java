package dev.sparring.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import static dev.sparring.system.StompParticipant.chat;
import static dev.sparring.system.StompParticipant.field;
import static dev.sparring.system.StompParticipant.nextEvent;
import static dev.sparring.system.StompParticipant.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole interview through the built-in senior-swe kit, end to end on real Kafka and Redis: an
 * interviewer steers through all three rounds over REST and STOMP while a candidate, admitted by an
 * invite token, answers. Every frame the candidate receives is captured and checked for anything
 * interviewer-only.
 */
class LiveInterviewIntegrationTests {

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
    void aScriptedInterviewThroughAllThreeRounds() throws Exception {
        String interviewerToken = api.token("interviewer@demo");
        Map<String, Object> created = api.createSession(interviewerToken, "senior-swe", "Linus Candidate");
        String sessionId = (String) created.get("sessionId");
        String inviteToken = (String) created.get("inviteToken");
        assertThat((String) created.get("joinUrl")).contains("/join/" + sessionId).contains("#invite=");

        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), interviewerToken);
                StompParticipant candidate = StompParticipant.connect(platform.gateway(0).port(), inviteToken)) {
            BlockingQueue<Map<String, Object>> seen = interviewer.subscribe("/topic/sessions/" + sessionId + "/events");
            BlockingQueue<Map<String, Object>> privateSeen =
                    interviewer.subscribe("/topic/sessions/" + sessionId + "/interviewer-events");
            BlockingQueue<Map<String, Object>> ownScores = interviewer.subscribe("/user/queue/scores");
            BlockingQueue<Map<String, Object>> interviewerErrors = interviewer.subscribe("/user/queue/errors");
            BlockingQueue<Map<String, Object>> candidateSees =
                    candidate.subscribe("/topic/sessions/" + sessionId + "/events");
            BlockingQueue<Map<String, Object>> candidateErrors = candidate.subscribe("/user/queue/errors");

            // presence: the interviewer sees the candidate arrive
            assertThat(field(field(nextMatching(seen, "presence.changed", "Linus Candidate"), "event"), "participant"))
                    .containsEntry("role", "CANDIDATE");

            // round 1: coding
            ResponseEntity<Map<String, Object>> started = api.post(interviewerToken,
                    "/api/sessions/" + sessionId + "/rounds/0/start", null);
            assertThat(started.getStatusCode().value()).isEqualTo(200);
            assertThat(field(nextEvent(candidateSees, "round.started"), "event")).containsEntry("kind", "CODING");
            interviewer.command(sessionId, "reveal-lru", Map.of("type", "prompt.reveal", "promptId", "lru-cache"));
            assertThat(field(nextEvent(candidateSees, "prompt.revealed"), "event"))
                    .containsEntry("promptId", "lru-cache");
            candidate.command(sessionId, "ask-1", Map.of("type", "utterance.record",
                    "text", "What capacity should the cache have, and must it be thread-safe?", "source", "SPEECH"));
            candidate.command(sessionId, "code-1", Map.of("type", "code.update", "language", "java",
                    "text", "class LruCache<K, V> extends LinkedHashMap<K, V> {}"));
            assertThat(field(nextEvent(seen, "code.updated"), "event")).containsEntry("revision", 1);
            interviewer.command(sessionId, "note-1", Map.of("type", "note.write",
                    "text", "Asked about capacity before coding: strong clarifying"));
            interviewer.command(sessionId, "score-1", Map.of("type", "score.submit", "roundIndex", 0,
                    "competency", "clarifies-constraints", "level", 4, "comment", "asked first"));
            assertThat(type(nextEvent(privateSeen, "note.written"))).isEqualTo("note.written");
            assertThat(type(nextEvent(ownScores, "score.submitted"))).isEqualTo("score.submitted");
            api.post(interviewerToken, "/api/sessions/" + sessionId + "/rounds/current/end", null);
            nextEvent(candidateSees, "round.ended");

            // round 2: system design, with its five phases and deep dives
            api.post(interviewerToken, "/api/sessions/" + sessionId + "/rounds/1/start", null);
            interviewer.command(sessionId, "reveal-rl", Map.of("type", "prompt.reveal", "promptId", "rate-limiter"));
            interviewer.command(sessionId, "reveal-rl-algo",
                    Map.of("type", "prompt.reveal", "promptId", "rate-limiter-algorithm"));
            Map<String, Object> deepDive = nextMatching(candidateSees, "prompt.revealed", "rate-limiter-algorithm");
            assertThat(field(deepDive, "event")).containsEntry("parentPromptId", "rate-limiter");
            for (String phase : List.of("scale-estimate", "high-level-design", "deep-dive", "wrap-up")) {
                interviewer.command(sessionId, "advance-" + phase, Map.of("type", "phase.advance"));
                assertThat(field(nextEvent(candidateSees, "phase.advanced"), "event")).containsEntry("phaseId", phase);
            }
            interviewer.command(sessionId, "hide-rl-algo",
                    Map.of("type", "prompt.hide", "promptId", "rate-limiter-algorithm"));
            assertThat(field(nextEvent(candidateSees, "prompt.hidden"), "event"))
                    .containsEntry("promptId", "rate-limiter-algorithm");
            interviewer.command(sessionId, "pause", Map.of("type", "timer.pause"));
            assertThat(field(field(nextEvent(candidateSees, "timer.paused"), "event"), "timer"))
                    .containsEntry("running", false);
            interviewer.command(sessionId, "extend", Map.of("type", "timer.extend", "by", "PT5M"));
            nextEvent(candidateSees, "timer.extended");
            interviewer.command(sessionId, "end-2", Map.of("type", "round.end"));
            nextEvent(candidateSees, "round.ended");

            // round 3: behavioral
            interviewer.command(sessionId, "start-3", Map.of("type", "round.start", "roundIndex", 2));
            interviewer.command(sessionId, "reveal-incident",
                    Map.of("type", "prompt.reveal", "promptId", "production-incident"));
            candidate.command(sessionId, "answer-3", Map.of("type", "utterance.record", "text",
                    "I identified the leak, I drove the rollback, and we went from weekly to daily deploys."));
            candidate.command(sessionId, "chat-3", chat("<img src=x onerror=alert(1)>"));
            assertThat(field(nextEvent(seen, "chat.posted"), "event"))
                    .containsEntry("text", "<img src=x onerror=alert(1)>");
            interviewer.command(sessionId, "recommend", Map.of("type", "recommendation.submit",
                    "recommendation", "YES"));
            nextEvent(ownScores, "recommendation.submitted");
            ResponseEntity<Map<String, Object>> ended = api.post(interviewerToken, "/api/sessions/" + sessionId + "/end",
                    null);
            assertThat(field(ended.getBody(), "session")).containsEntry("status", "ENDED");
            nextEvent(candidateSees, "session.ended");

            assertThat(interviewerErrors).isEmpty();
            assertThat(candidateErrors).isEmpty();

            // nothing interviewer-only ever reached the candidate's socket
            List<Map<String, Object>> candidateFrames = candidate.everything();
            assertThat(candidateFrames).isNotEmpty();
            assertThat(candidateFrames).allSatisfy(frame -> {
                assertThat(frame.get("audience")).isEqualTo("EVERYONE");
                assertThat(type(frame)).isNotIn("note.written", "score.submitted", "recommendation.submitted",
                        "session.created");
            });
            String everythingTheCandidateGot = candidateFrames.toString();
            assertThat(everythingTheCandidateGot)
                    .doesNotContain("strong clarifying")
                    .doesNotContain("hints")
                    .doesNotContain("rate-limiter-distributed-counters")
                    // the interviewer by name and role, never by account
                    .doesNotContain("interviewer@demo")
                    .contains("Ada Interviewer");

            // the candidate's snapshot is their view; the interviewer's is the whole state
            Map<String, Object> candidateView = api.get(inviteToken, "/api/sessions/" + sessionId).getBody();
            assertThat(candidateView).doesNotContainKeys("session").containsEntry("status", "ENDED");
            assertThat(candidateView.toString()).doesNotContain("strong clarifying").doesNotContain("hints");
            Map<String, Object> interviewerView = api.get(interviewerToken, "/api/sessions/" + sessionId).getBody();
            assertThat(interviewerView.toString()).contains("strong clarifying");
        }
    }

    @Test
    void aCandidateCannotSubscribeToTheInterviewerStream() throws Exception {
        String interviewerToken = api.token("interviewer@demo");
        Map<String, Object> created = api.createSession(interviewerToken, "senior-swe", "Eve");
        String sessionId = (String) created.get("sessionId");
        try (StompParticipant candidate = StompParticipant.connect(platform.gateway(0).port(),
                (String) created.get("inviteToken"))) {
            candidate.subscribeUnconfirmed("/topic/sessions/" + sessionId + "/interviewer-events");

            candidate.awaitRefusal("forbidden");
        }
    }

    @Test
    void anInterviewerOfAnotherTeamCannotJoinOrReadTheSession() throws Exception {
        Map<String, Object> created = api.createSession(api.token("interviewer@demo"), "senior-swe", "Mallory");
        String sessionId = (String) created.get("sessionId");
        String outsider = api.token("interviewer@acme");

        assertThat(api.get(outsider, "/api/sessions/" + sessionId).getStatusCode().value()).isEqualTo(403);
        assertThat(api.post(outsider, "/api/sessions/" + sessionId + "/rounds/0/start", null).getStatusCode().value())
                .isEqualTo(403);
        try (StompParticipant intruder = StompParticipant.connect(platform.gateway(0).port(), outsider)) {
            intruder.subscribeUnconfirmed("/topic/sessions/" + sessionId + "/events");
            intruder.awaitRefusal("forbidden");
        }
    }

    @Test
    void anInviteAdmitsItsCandidateToItsOwnSessionOnly() {
        String interviewerToken = api.token("interviewer@demo");
        Map<String, Object> first = api.createSession(interviewerToken, "senior-swe", "Ann");
        Map<String, Object> second = api.createSession(interviewerToken, "senior-swe", "Bob");
        String invite = (String) first.get("inviteToken");

        assertThat(api.get(invite, "/api/sessions/" + first.get("sessionId")).getStatusCode().value()).isEqualTo(200);
        assertThat(api.get(invite, "/api/sessions/" + second.get("sessionId")).getStatusCode().value()).isEqualTo(403);
        assertThat(api.post(invite, "/api/sessions/" + first.get("sessionId") + "/rounds/0/start", null)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyAnswersWithTheSameSession() {
        String token = api.token("interviewer@demo");
        String key = "create-" + java.util.UUID.randomUUID();

        ResponseEntity<Map<String, Object>> first = api.createSessionOnce(token, key, "senior-swe", "Ida");
        ResponseEntity<Map<String, Object>> retry = api.createSessionOnce(token, key, "senior-swe", "Ida");

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getBody().get("sessionId")).isEqualTo(first.getBody().get("sessionId"));
        String listed = api.getText(token, "/api/sessions").getBody();
        assertThat(listed.split(first.getBody().get("sessionId").toString(), -1)).hasSize(2);
    }

    @Test
    void kitsAreListedAndATeamKitThatFailsValidationIsRefusedWithEveryProblem() {
        String token = api.token("interviewer@demo");

        ResponseEntity<String> kits = api.getText(token, "/api/kits");
        assertThat(kits.getBody()).contains("\"id\":\"senior-swe\"");
        ResponseEntity<Map<String, Object>> refused = api.postText(token, "/api/kits",
                org.springframework.http.MediaType.valueOf("application/yaml"), """
                        id: Bad Kit
                        version: 1
                        title: Broken
                        rounds: []
                        """);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).containsEntry("error", "invalid-value");
        assertThat(refused.getBody().get("problems").toString()).contains("path=id").contains("path=rounds");
    }

    private static Map<String, Object> nextMatching(BlockingQueue<Map<String, Object>> queue, String type,
            String mentioning) throws InterruptedException {
        return StompParticipant.nextMatching(queue,
                event -> type.equals(type(event)) && event.toString().contains(mentioning));
    }
}
