package dev.sparring.session.command;

import dev.sparring.contracts.Topics;
import dev.sparring.testsupport.TopicProbe;
import dev.sparring.testsupport.WithRealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A record the service cannot read goes to the dead-letter topic; the records after it still get processed. */
@SpringBootTest(properties = "spring.config.name=session-service", webEnvironment = SpringBootTest.WebEnvironment.NONE)
@WithRealInfrastructure
class DeadLetterIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MeterRegistry meters;

    @Test
    void aPoisonCommandLandsInTheDeadLetterTopicAndTheNextCommandIsStillDecided() {
        String session = "s-" + UUID.randomUUID();
        String poison = "{\"this is\": \"not a command\"";

        TopicProbe.send(Topics.SESSION_COMMANDS, session, poison);
        TopicProbe.send(Topics.SESSION_COMMANDS, session, """
                {"id":"%s","sessionId":"%s","occurredAt":"%s","clientId":"conn-1","clientCommandId":"c-1",
                 "actor":{"userId":"u-1","displayName":"Ada","role":"INTERVIEWER"},
                 "command":{"type":"chat.post","text":"still here"}}""".formatted(UUID.randomUUID(), session, Instant.now()));

        assertThat(TopicProbe.awaitRecords(Topics.deadLetterOf(Topics.SESSION_COMMANDS), session, 1, record -> true, WAIT))
                .first().satisfies(record -> assertThat(record.value()).isEqualTo(poison));
        // the chat line names a session nobody created: it is refused, which proves it was read
        assertThat(TopicProbe.awaitRecords(Topics.COMMAND_REJECTIONS, session, 1, record -> true, WAIT))
                .first().satisfies(record -> assertThat(record.value())
                        .contains("\"code\":\"UNKNOWN_SESSION\"").contains("\"clientCommandId\":\"c-1\""));
        await().atMost(WAIT).untilAsserted(() -> assertThat(meters.counter("sparring.kafka.dead-lettered",
                "topic", Topics.SESSION_COMMANDS).count()).isGreaterThanOrEqualTo(1.0));
    }
}
