package dev.sparring.evaluation.report;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.evaluation.SessionScript;
import dev.sparring.platform.report.ReportKeys;
import dev.sparring.platform.report.ReportReader;
import dev.sparring.testsupport.TestKits;
import dev.sparring.testsupport.TopicProbe;
import dev.sparring.testsupport.WithRealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Session events in, report versions out, through the real topics and Redis: made when a round
 * ends, revised by late events, never duplicated by re-consumption, rebuilt from the topic.
 */
@SpringBootTest(properties = "spring.config.name=evaluation-service", webEnvironment = SpringBootTest.WebEnvironment.NONE)
@WithRealInfrastructure
class ReportFlowIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    ReportReader reports;

    @Autowired
    ReportRebuilder rebuilder;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRoundEndMakesAReportALateEventRevisesItAndOldVersionsStayReadable() {
        String session = "s-" + UUID.randomUUID();
        SessionScript script = script(session);
        send(script.events());

        await().atMost(WAIT).until(() -> reports.latestVersion(session).isPresent());
        assertThat(reports.latestVersion(session)).contains(1);
        String first = reports.report(session, 1).orElseThrow();
        assertThat(first).contains("\"sequence\":4").contains("Outstanding");

        send(List.of(script.after(Duration.ofMinutes(1)).score(1, "trade-offs", 3).last()));

        await().atMost(WAIT).until(() -> reports.latestVersion(session).orElse(0) == 2);
        assertThat(reports.report(session, 1)).contains(first);
        assertThat(reports.report(session, 2).orElseThrow()).contains("\"competency\"").contains("trade-offs");
        assertThat(reports.feedback(session, 2).orElseThrow()).doesNotContain("asked about peak QPS");
    }

    @Test
    void aLateUtteranceRevisesTheReportWithItsEvidence() {
        String session = "s-" + UUID.randomUUID();
        SessionScript script = script(session);
        send(script.events());
        await().atMost(WAIT).until(() -> reports.latestVersion(session).isPresent());

        // said in the round, but consumed after its end (a slow speech-to-text result, say)
        EventEnvelope late = script.candidateSays("The trade-off: a token bucket allows bursts at the cost of "
                + "precision, instead of a sliding window log that costs more memory.").last();
        send(List.of(late));

        await().atMost(WAIT).until(() -> reports.latestVersion(session).orElse(0) == 2);
        assertThat(reports.report(session, 2).orElseThrow()).contains("\"sequence\":" + late.sequence());
        assertThat(reports.report(session, 1).orElseThrow()).doesNotContain("\"sequence\":" + late.sequence());
    }

    @Test
    void consumingTheSameTranscriptAgainMakesNoNewVersion() {
        String session = "s-" + UUID.randomUUID();
        List<EventEnvelope> events = script(session).events();
        send(events);
        await().atMost(WAIT).until(() -> reports.latestVersion(session).isPresent());

        send(events);
        String marker = "s-" + UUID.randomUUID();
        send(script(marker).events());
        await().atMost(WAIT).until(() -> reports.latestVersion(marker).isPresent());

        assertThat(reports.latestVersion(session)).contains(1);
    }

    @Test
    void theRedisViewIsRebuiltFromTheReportsTopic() {
        String session = "s-" + UUID.randomUUID();
        SessionScript script = script(session);
        send(script.events());
        await().atMost(WAIT).until(() -> reports.latestVersion(session).isPresent());
        send(List.of(script.score(1, "trade-offs", 2).last()));
        await().atMost(WAIT).until(() -> reports.latestVersion(session).orElse(0) == 2);
        String v1 = reports.report(session, 1).orElseThrow();
        String v2 = reports.report(session, 2).orElseThrow();

        ReportKeys keys = reports.keys(session);
        redis.delete(List.of(keys.reports(), keys.feedback(), keys.latest(), keys.content()));
        assertThat(reports.latestVersion(session)).isEmpty();

        rebuilder.rebuild();

        assertThat(reports.latestVersion(session)).contains(2);
        assertThat(reports.report(session, 1)).contains(v1);
        assertThat(reports.report(session, 2)).contains(v2);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndLaterEventsAreEvaluated() {
        String poisoned = "s-" + UUID.randomUUID();
        TopicProbe.send(Topics.SESSION_EVENTS, poisoned, "{\"sequence\": \"not a number\"");
        String session = "s-" + UUID.randomUUID();
        send(script(session).events());

        assertThat(TopicProbe.awaitRecords(Topics.deadLetterOf(Topics.SESSION_EVENTS), poisoned, 1, r -> true, WAIT))
                .hasSize(1);
        await().atMost(WAIT).until(() -> reports.latestVersion(session).isPresent());
        await().atMost(WAIT).untilAsserted(() -> assertThat(meters.counter("sparring.kafka.dead-lettered",
                "topic", Topics.SESSION_EVENTS).count()).isGreaterThanOrEqualTo(1.0));
    }

    private static SessionScript script(String session) {
        return new SessionScript(session, TestKits.threeRounds(Duration.ofMinutes(45)))
                .startRound(1)
                .after(Duration.ofSeconds(60))
                .candidateSays("Is it per user or per API key, and how many requests per second at peak?")
                .after(Duration.ofMinutes(4))
                .candidateSays("About 10 million users, 1 billion requests a day: roughly 12k QPS, 50k at peak.")
                .note("asked about peak QPS first")
                .score(1, "requirements", 4)
                .endRound();
    }

    private void send(List<EventEnvelope> events) {
        for (EventEnvelope event : events) {
            kafka.send(Topics.SESSION_EVENTS, event.sessionId(), event).join();
        }
    }
}
