package dev.sparring.evaluation.calibration.web;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.Moment;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.Recommendation;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.TimerView;
import dev.sparring.contracts.session.UtteranceSource;
import dev.sparring.testsupport.TestKits;
import dev.sparring.testsupport.WithRealInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live session scores and an imported ATS file feed the team's calibration figures through the real
 * topic and Redis; a bad file is refused whole; an exercise over a replayed session gives its table.
 */
@SpringBootTest(properties = "spring.config.name=evaluation-service",
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class CalibrationIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final InterviewKit KIT = TestKits.threeRounds(Duration.ofMinutes(45));

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @LocalServerPort
    int port;

    RestClient rest;
    String team;

    @BeforeEach
    void setUp() {
        rest = RestClient.builder().baseUrl("http://localhost:" + port + "/internal/calibration/teams/")
                .defaultStatusHandler(status -> true, (request, response) -> {
                }).build();
        team = "t-" + UUID.randomUUID();
    }

    @Test
    void liveScoresAndAnImportedFileFeedTheStatistics() {
        Live first = new Live(team);
        first.score("ada", 1, "requirements", 4).score("bob", 1, "requirements", 3).score("cy", 1, "requirements", 2)
                .score("ada", 1, "trade-offs", 3).score("bob", 1, "trade-offs", 2).score("cy", 1, "trade-offs", 2)
                .recommend("ada", Recommendation.YES).recommend("bob", Recommendation.LEAN_YES);
        Live second = new Live(team);
        second.score("ada", 1, "requirements", 3).score("bob", 1, "requirements", 2).score("cy", 1, "requirements", 1)
                .score("ada", 1, "trade-offs", 4).score("bob", 1, "trade-offs", 3).score("cy", 1, "trade-offs", 3)
                .recommend("ada", Recommendation.YES).recommend("bob", Recommendation.NO);
        send(first.events);
        send(second.events);

        await().atMost(WAIT).until(() -> table("scores").size() == 12);
        assertThat(table("scores")).allSatisfy(row -> assertThat(row).containsEntry("source", "live"));

        ResponseEntity<Map<String, Object>> imported = importCsv("""
                interviewer_id,candidate_id,session_id,round_kind,competency,level,scored_at,recommendation
                dee,c-9,ats-1,SYSTEM_DESIGN,requirements,4,2026-01-10T10:00:00Z,STRONG_YES
                ada,c-9,ats-1,SYSTEM_DESIGN,requirements,3,2026-01-10T11:00:00+01:00,YES
                "dee",c-9,ats-1,system_design,"trade-offs",2,2026-02-10T10:00:00Z,
                ada,c-9,ats-1,SYSTEM_DESIGN,trade-offs,3,2026-02-11T10:00:00Z,
                """);
        assertThat(imported.getStatusCode().value()).isEqualTo(201);
        assertThat(imported.getBody()).containsEntry("scores", 4).containsEntry("recommendations", 2);

        Map<String, Object> figures = statistics("team", null);
        Map<String, List<Map<String, Object>>> tables = tables(figures);
        assertThat(tables.get("scores")).hasSize(16);
        assertThat(tables.get("leniency")).extracting(row -> row.get("interviewer_id"))
                .containsExactly("ada", "bob", "cy", "dee");
        Map<String, Object> ada = tables.get("leniency").get(0);
        assertThat((Double) ada.get("leniency")).isPositive();
        assertThat(tables.get("competency-profiles")).anySatisfy(row -> assertThat(row)
                .containsEntry("interviewer_id", "dee").containsEntry("competency", "SYSTEM_DESIGN/requirements")
                .containsEntry("level_4", 1));
        assertThat(tables.get("agreement")).extracting(row -> row.get("competency"))
                .containsExactly("SYSTEM_DESIGN/requirements", "SYSTEM_DESIGN/trade-offs");
        Map<String, Object> requirements = tables.get("agreement").get(0);
        assertThat(requirements).containsEntry("targets", 3).containsEntry("icc_targets", 2)
                .containsEntry("icc_interviewers", 3);
        assertThat(requirements.get("alpha_interval")).isNotNull();
        assertThat(requirements.get("icc_2_1")).isNotNull();
        assertThat(tables.get("recommendation-agreement")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("subjects", 3).containsEntry("raters_per_subject", 2));
        assertThat(tables.get("severities")).hasSize(4);
        assertThat(tables.get("adjusted-scores")).extracting(row -> row.get("candidate_id"))
                .contains("c-9", "session:" + first.sessionId);
        assertThat(tables.get("drift")).anySatisfy(row -> assertThat(row).containsEntry("interviewer_id", "dee")
                .containsEntry("month", "2026-01"));

        ResponseEntity<String> csv = rest.get().uri(team + "/statistics/leniency?scope=team&format=csv").retrieve()
                .toEntity(String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("interviewer_id,ratings,paired_ratings,leniency,").contains("\r\ndee,");

        Map<String, List<Map<String, Object>>> own = tables(statistics("own", "cy"));
        assertThat(own.get("scores")).hasSize(4).allSatisfy(row -> assertThat(row).containsEntry("interviewer_id", "cy"));
        assertThat(own.get("leniency")).singleElement().satisfies(row -> assertThat(row).containsEntry("interviewer_id", "cy"));
        assertThat(own.get("team-distribution").toString()).doesNotContain("ada").doesNotContain("bob");
        assertThat(own.get("team-distribution")).anySatisfy(row -> assertThat(row)
                .containsEntry("competency", "SYSTEM_DESIGN/requirements").containsEntry("count", 8));
        assertThat(own).doesNotContainKeys("agreement", "severities", "recommendations");
    }

    @Test
    void aFileWithBadRowsIsRefusedWithLineNumbersAndNothingIsStored() {
        ResponseEntity<Map<String, Object>> refused = importCsv("""
                interviewer_id,candidate_id,session_id,round_kind,competency,level,scored_at
                ada,c-1,ats-1,CODING,code-quality,3,2026-01-10T10:00:00Z
                ada,c-1,ats-1,CODING,code-quality,5,2026-01-10T10:00:00Z
                bob,c-1,ats-1,CODING,requirements,2,2026-01-10T10:00:00Z
                "bob, jr",c-1,ats-1,CODING,tests-edge-cases,2,yesterday
                cy,c-1,ats-1,PAIRING,code-quality,2,2026-01-10T10:00:00Z
                """);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).containsEntry("error", "invalid-value");
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) refused.getBody().get("problems");
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("line 3: level 5");
        assertThat(problems.get(1)).startsWith("line 4: competency 'requirements' is not in the CODING rubric");
        assertThat(problems.get(2)).startsWith("line 5: scored_at 'yesterday'");
        assertThat(problems.get(3)).startsWith("line 6: round_kind 'PAIRING'");
        assertThat(table("scores")).isEmpty();

        assertThat(importCsv("interviewer_id,candidate_id\nada,c-1\n").getBody().get("problems").toString())
                .contains("line 1: the header lacks session_id");
    }

    @Test
    void anExerciseOverAReplayedSessionProducesTheAgreementTable() {
        Live past = new Live(team);
        past.startRound(1).reveal(1, "rate-limiter").candidateSays("Per user or per API key?")
                .code("class Limiter {}").score("ada", 1, "requirements", 4).endRound(1);
        send(past.events);
        await().atMost(WAIT).until(() -> table("scores").size() == 1);

        ResponseEntity<Map<String, Object>> created = rest.post().uri(team + "/exercises")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("sessionId", past.sessionId, "createdBy", "mia"))
                .retrieve().toEntity(JSON);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String exercise = (String) created.getBody().get("id");
        assertThat(rest.post().uri("other-team/exercises").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("sessionId", past.sessionId)).retrieve().toEntity(JSON).getStatusCode().value())
                .isEqualTo(404);
        assertThat(rest.get().uri("other-team/exercises/" + exercise + "/replay").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(404);

        List<Map<String, Object>> replay = rest.get().uri(team + "/exercises/" + exercise + "/replay").retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
        assertThat(replay).extracting(event -> (Object) ((Map<?, ?>) event.get("event")).get("type"))
                .containsExactly("round.started", "prompt.revealed", "utterance.recorded", "code.updated", "round.ended");

        blind(exercise, "ada", Map.of("requirements", 4, "trade-offs", 3, "deep-dive", 3));
        assertThat(results(exercise, "own", "bob").getStatusCode().value()).isEqualTo(403);
        blind(exercise, "bob", Map.of("requirements", 3, "trade-offs", 3, "deep-dive", 2));
        blind(exercise, "cy", Map.of("requirements", 1, "trade-offs", 2, "deep-dive", 2));

        Map<String, Object> table = results(exercise, "team", "mia").getBody();
        assertThat(rows(table, "scores")).hasSize(9).extracting(row -> row.get("member")).contains("ada", "bob", "cy");
        assertThat(rows(table, "spread")).anySatisfy(row -> assertThat(row).containsEntry("competency", "requirements")
                .containsEntry("min", 1.0).containsEntry("max", 4.0).containsEntry("median", 3.0));
        assertThat(rows(table, "agreement")).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("round_index", 1).containsEntry("members", 3).containsEntry("competencies", 3));
        assertThat((Double) rows(table, "agreement").get(0).get("alpha_interval")).isLessThan(1.0);
        assertThat(rows(table, "outliers")).anySatisfy(row -> assertThat(row).containsEntry("member", "cy")
                .containsEntry("competency", "requirements"));

        Map<String, Object> asBob = results(exercise, "own", "bob").getBody();
        assertThat(rows(asBob, "scores")).extracting(row -> row.get("member"))
                .containsOnly("you", "member 1", "member 2");
        ResponseEntity<String> csv = rest.get().uri(team + "/exercises/" + exercise
                + "/results?scope=team&viewer=mia&table=spread&format=csv").retrieve().toEntity(String.class);
        assertThat(csv.getBody()).startsWith("round_index,competency,scores,min,max,median,mean,sd\r\n");
    }

    @Test
    void theTeamsExercisesAreListedNewestFirstWithWhetherTheViewerScored() {
        String otherTeam = "t-" + UUID.randomUUID();
        Live older = new Live(team);
        older.startRound(1).candidateSays("Per user?").score("ada", 1, "requirements", 3).endRound(1);
        Live newer = new Live(team);
        newer.startRound(1).candidateSays("What peak QPS?").score("ada", 1, "requirements", 2).endRound(1);
        Live elsewhere = new Live(otherTeam);
        elsewhere.startRound(1).score("zed", 1, "requirements", 4).endRound(1);
        send(older.events);
        send(newer.events);
        send(elsewhere.events);
        // a session's score is filed after its creation: once both are in, the sessions are known
        await().atMost(WAIT).until(() -> table("scores").size() == 2);
        await().atMost(WAIT).until(() -> tables(rest.get().uri(otherTeam + "/statistics?scope=team").retrieve()
                .body(JSON)).get("scores").size() == 1);
        assertThat(rest.get().uri(team + "/exercises?viewer=bob").retrieve().body(LIST)).isEmpty();

        String first = createExercise(team, older.sessionId, "mia");
        String second = createExercise(team, newer.sessionId, "mia");
        String theirs = createExercise(otherTeam, elsewhere.sessionId, "zed");

        List<Map<String, Object>> listed = rest.get().uri(team + "/exercises?viewer=bob").retrieve().body(LIST);
        assertThat(listed).extracting(exercise -> exercise.get("id")).containsExactly(second, first);
        assertThat(listed.get(1)).containsEntry("sessionId", older.sessionId).containsEntry("candidateName", "Linus")
                .containsEntry("createdBy", "mia").containsEntry("scored", false).containsEntry("members", 0)
                .containsEntry("roundKinds", List.of("CODING", "SYSTEM_DESIGN", "BEHAVIORAL"))
                .containsKey("createdAt");
        assertThat(Instant.parse((String) listed.get(0).get("createdAt")))
                .isAfter(Instant.parse((String) listed.get(1).get("createdAt")));

        blind(first, "bob", Map.of("requirements", 3));
        assertThat(rest.get().uri(team + "/exercises?viewer=bob").retrieve().body(LIST))
                .filteredOn(exercise -> first.equals(exercise.get("id"))).singleElement()
                .satisfies(exercise -> assertThat(exercise).containsEntry("scored", true).containsEntry("members", 1));
        assertThat(rest.get().uri(team + "/exercises?viewer=cy").retrieve().body(LIST))
                .filteredOn(exercise -> first.equals(exercise.get("id"))).singleElement()
                .satisfies(exercise -> assertThat(exercise).containsEntry("scored", false).containsEntry("members", 1));
        assertThat(rest.get().uri(team + "/exercises/" + first + "?viewer=bob").retrieve().body(JSON))
                .containsEntry("id", first).containsEntry("scored", true);
        assertThat(rest.get().uri(team + "/exercises?viewer=bob&limit=1").retrieve().body(LIST))
                .extracting(exercise -> exercise.get("id")).containsExactly(second);

        // another team's list holds only its own exercise; ours is not reachable from there
        assertThat(rest.get().uri(otherTeam + "/exercises?viewer=zed").retrieve().body(LIST))
                .extracting(exercise -> exercise.get("id")).containsExactly(theirs);
        assertThat(rest.get().uri(otherTeam + "/exercises/" + first + "?viewer=zed").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    private String createExercise(String teamId, String sessionId, String createdBy) {
        ResponseEntity<Map<String, Object>> created = rest.post().uri(teamId + "/exercises")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("sessionId", sessionId, "createdBy", createdBy))
                .retrieve().toEntity(JSON);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("candidateName", "Linus");
        return (String) created.getBody().get("id");
    }

    private void blind(String exercise, String member, Map<String, Integer> levels) {
        List<Map<String, Object>> scores = new ArrayList<>();
        levels.forEach((competency, level) -> scores.add(Map.of("roundIndex", 1, "competency", competency,
                "level", level)));
        ResponseEntity<Map<String, Object>> answer = rest.post().uri(team + "/exercises/" + exercise
                + "/scores?member=" + member).contentType(MediaType.APPLICATION_JSON).body(Map.of("scores", scores))
                .retrieve().toEntity(JSON);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<Map<String, Object>> results(String exercise, String scope, String viewer) {
        return rest.get().uri(team + "/exercises/" + exercise + "/results?scope=" + scope + "&viewer=" + viewer)
                .retrieve().toEntity(JSON);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> body, String table) {
        return (List<Map<String, Object>>) body.get(table);
    }

    private ResponseEntity<Map<String, Object>> importCsv(String csv) {
        return rest.post().uri(team + "/imports").contentType(MediaType.parseMediaType("text/csv")).body(csv)
                .retrieve().toEntity(JSON);
    }

    private Map<String, Object> statistics(String scope, String viewer) {
        return rest.get().uri(team + "/statistics?scope=" + scope + (viewer == null ? "" : "&viewer=" + viewer))
                .retrieve().body(JSON);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Map<String, Object>>> tables(Map<String, Object> figures) {
        return (Map<String, List<Map<String, Object>>>) figures.get("tables");
    }

    private List<Map<String, Object>> table(String name) {
        return tables(statistics("team", null)).get(name);
    }

    private void send(List<EventEnvelope> events) {
        for (EventEnvelope event : events) {
            kafka.send(Topics.SESSION_EVENTS, event.sessionId(), event).join();
        }
    }

    /** A live session's events as the session-service numbers them. */
    private static final class Live {

        final String sessionId = "s-" + UUID.randomUUID();
        final List<EventEnvelope> events = new ArrayList<>();
        private Instant clock = Instant.parse("2026-03-02T10:00:00Z");

        Live(String team) {
            add(Audience.INTERVIEWERS, new SessionEvent.SessionCreated(team, KIT, "Linus", actor("mia")));
        }

        static Actor actor(String id) {
            return new Actor(id, id.toUpperCase(), ParticipantRole.INTERVIEWER);
        }

        Live startRound(int index) {
            return add(Audience.EVERYONE, new SessionEvent.RoundStarted(index, KIT.rounds().get(index).id(),
                    KIT.rounds().get(index).kind(), KIT.rounds().get(index).title(), "requirements", "Requirements",
                    new TimerView(true, Duration.ofMinutes(45), clock)));
        }

        Live reveal(int round, String prompt) {
            return add(Audience.EVERYONE, new SessionEvent.PromptRevealed(round, prompt, null, prompt, "Design it."));
        }

        Live candidateSays(String text) {
            return add(Audience.EVERYONE, new SessionEvent.UtteranceRecorded(new Actor("candidate:" + sessionId,
                    "Linus", ParticipantRole.CANDIDATE), text, UtteranceSource.SPEECH,
                    new Moment(1, "requirements", Duration.ofMinutes(1))));
        }

        Live code(String text) {
            return add(Audience.EVERYONE, new SessionEvent.CodeUpdated(new Actor("candidate:" + sessionId, "Linus",
                    ParticipantRole.CANDIDATE), text, "java", 1, new Moment(1, "requirements", Duration.ofMinutes(2))));
        }

        Live endRound(int round) {
            return add(Audience.EVERYONE, new SessionEvent.RoundEnded(round, Duration.ofMinutes(40), actor("mia")));
        }

        Live score(String interviewer, int round, String competency, int level) {
            return add(Audience.INTERVIEWERS, new SessionEvent.CompetencyScored(actor(interviewer), round, competency,
                    level, ""));
        }

        Live recommend(String interviewer, Recommendation recommendation) {
            return add(Audience.INTERVIEWERS, new SessionEvent.RecommendationRecorded(actor(interviewer),
                    recommendation));
        }

        private Live add(Audience audience, SessionEvent event) {
            clock = clock.plusSeconds(60);
            events.add(new EventEnvelope(UUID.randomUUID(), sessionId, events.size() + 1, clock, UUID.randomUUID(),
                    audience, event));
            return this;
        }
    }
}
