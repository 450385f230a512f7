package dev.sparring.system;

import dev.sparring.platform.session.SessionReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import static dev.sparring.system.StompParticipant.chat;
import static dev.sparring.system.StompParticipant.field;

import static dev.sparring.system.StompParticipant.nextEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's backbone with real Kafka and Redis: a command sent by one STOMP client travels
 * gateway → Kafka → session-service (Redis, sequence number) → Kafka → gateway → the other client
 * of the same session, and into the evaluation-service's transcript.
 */
class WalkingSkeletonIntegrationTests {

    private static Platform platform;
    private static RunningService evaluation;
    private static ApiClient api;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.startWithEvaluation(1, 1);
        evaluation = platform.evaluationService();
        api = platform.api(0);
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    void aChatLineReachesTheOtherParticipantWithASequenceNumber() throws Exception {
        Session session = newSession();
        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), session.interviewer);
                StompParticipant candidate = StompParticipant.connect(platform.gateway(0).port(), session.candidate)) {
            BlockingQueue<Map<String, Object>> candidateEvents = candidate.subscribe(session.events());

            interviewer.command(session.id, "c-1", chat("Which cache would you pick?"));

            Map<String, Object> received = nextEvent(candidateEvents, "chat.posted");
            assertThat(received)
                    .containsEntry("sessionId", session.id)
                    .containsEntry("audience", "EVERYONE")
                    .containsKeys("id", "occurredAt", "commandId", "sequence");
            assertThat(field(received, "event")).containsEntry("text", "Which cache would you pick?");
            assertThat(field(field(received, "event"), "author"))
                    .containsEntry("displayName", "Ada Interviewer")
                    .containsEntry("role", "INTERVIEWER");
            // Redis keeps the event under the sequence it carries (a presence change may already follow it)
            long sequence = StompParticipant.sequence(received);
            assertThat(platform.sessionService(0).bean(SessionReader.class).events(session.id, sequence, sequence))
                    .singleElement().satisfies(stored -> assertThat(stored.id()).hasToString((String) received.get("id")));
        }
    }

    @Test
    void sequenceNumbersFollowEachOtherWithoutGapsAndAResentCommandIsAppliedOnce() throws Exception {
        Session session = newSession();
        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), session.interviewer);
                StompParticipant candidate = StompParticipant.connect(platform.gateway(0).port(), session.candidate)) {
            BlockingQueue<Map<String, Object>> events = interviewer.subscribe(session.events());

            candidate.command(session.id, "c-1", chat("first"));
            candidate.command(session.id, "c-1", chat("first"));
            interviewer.command(session.id, "c-1", chat("another sender may reuse a client id"));
            candidate.command(session.id, "c-2", chat("third"));

            // presence events of the two sockets may interleave with the chats: all of them share the sequence
            List<Map<String, Object>> seen = new ArrayList<>();
            while (seen.stream().filter(event -> "chat.posted".equals(StompParticipant.type(event))).count() < 3) {
                seen.add(StompParticipant.next(events));
            }
            assertThat(seen).filteredOn(event -> "chat.posted".equals(StompParticipant.type(event)))
                    .extracting(event -> field(event, "event").get("text"))
                    .containsExactly("first", "another sender may reuse a client id", "third");
            long first = StompParticipant.sequence(seen.get(0));
            assertThat(seen).extracting(StompParticipant::sequence)
                    .containsExactlyElementsOf(LongStream.range(first, first + seen.size()).boxed().toList());
        }
    }

    @Test
    void aLongAnswerUpToTheFrameLimitGetsThroughWhole() throws Exception {
        Session session = newSession();
        // the code pad takes up to 48,000 characters: a frame of about 48 KB, under the 64 KB limit
        String longAnswer = "// I would shard by user id.\n".repeat(1600);
        try (StompParticipant interviewer = StompParticipant.connect(platform.gateway(0).port(), session.interviewer);
                StompParticipant candidate = StompParticipant.connect(platform.gateway(0).port(), session.candidate)) {
            BlockingQueue<Map<String, Object>> events = interviewer.subscribe(session.events());

            candidate.command(session.id, "c-1", Map.of("type", "code.update", "text", longAnswer));

            assertThat(field(nextEvent(events, "code.updated"), "event")).containsEntry("text", longAnswer);
        }
    }

    @Test
    void theEvaluationServiceKeepsTheTranscriptInOrder() throws Exception {
        Session session = newSession();
        try (StompParticipant candidate = StompParticipant.connect(platform.gateway(0).port(), session.candidate)) {
            candidate.command(session.id, "c-1", chat("Before designing: how many daily users?"));
            candidate.command(session.id, "c-2",
                    Map.of("type", "utterance.record", "text", "Roughly 10k QPS at peak", "source", "SPEECH"));
        }
        RestClient evaluationApi = RestClient.create("http://localhost:" + evaluation.port());
        await().atMost(StompParticipant.WAIT).untilAsserted(() -> {
            List<Map<String, Object>> transcript = evaluationApi.get()
                    .uri("/api/sessions/{id}/transcript", session.id)
                    .retrieve().body(new ParameterizedTypeReference<>() {
                    });
            assertThat(transcript).extracting(segment -> segment.get("text"))
                    .containsExactly("Before designing: how many daily users?", "Roughly 10k QPS at peak");
        });
    }

    private static Session newSession() {
        String interviewer = api.token("interviewer@demo");
        Map<String, Object> created = api.createSession(interviewer, "senior-swe", "Linus");
        return new Session((String) created.get("sessionId"), interviewer, (String) created.get("inviteToken"));
    }

    record Session(String id, String interviewer, String candidate) {

        String events() {
            return "/topic/sessions/" + id + "/events";
        }
    }

}
