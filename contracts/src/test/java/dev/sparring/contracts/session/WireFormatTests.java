package dev.sparring.contracts.session;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON every service and client reads: logical type ids, never Java class names. */
class WireFormatTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private final Actor ada = new Actor("u-1", "Ada", ParticipantRole.INTERVIEWER);

    @Test
    void aCommandCarriesItsIdSessionTimestampAndLogicalType() {
        CommandEnvelope envelope = new CommandEnvelope(UUID.randomUUID(), "s-1", Instant.parse("2026-11-27T10:00:00Z"),
                "conn-1", "c-1", ada, new SessionCommand.PostChat("hello"));

        JsonNode written = json.readTree(json.writeValueAsString(envelope));

        assertThat(written.get("id").asString()).isEqualTo(envelope.id().toString());
        assertThat(written.get("sessionId").asString()).isEqualTo("s-1");
        assertThat(written.get("occurredAt").asString()).isEqualTo("2026-11-27T10:00:00Z");
        assertThat(written.get("command").get("type").asString()).isEqualTo("chat.post");
        assertThat(written.toString()).doesNotContain("dev.sparring");
    }

    @Test
    void everyEventTypeSurvivesARoundTrip() {
        SessionEvent[] events = {
                new SessionEvent.ChatPosted(ada, "hi", Moment.OUTSIDE_ROUNDS),
                new SessionEvent.UtteranceRecorded(ada, "about 10k QPS", UtteranceSource.SPEECH,
                        new Moment(1, "scale-estimate", Duration.ofSeconds(312))),
                new SessionEvent.TimerExtended(1, Duration.ofMinutes(5),
                        new TimerView(true, Duration.ofMinutes(12), Instant.parse("2026-11-27T10:00:00Z"))),
                new SessionEvent.CompetencyScored(ada, 1, "trade-offs", 3, "named what was given up"),
                new SessionEvent.DeadlineElapsed(DeadlineKind.PHASE, 1, 2, "", Instant.parse("2026-11-27T10:00:00Z"))
        };
        for (SessionEvent event : events) {
            EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "s-1", 7, Instant.now(), UUID.randomUUID(),
                    Audience.EVERYONE, event);
            assertThat(json.readValue(json.writeValueAsString(envelope), EventEnvelope.class)).isEqualTo(envelope);
        }
    }

    @Test
    void anUnknownTypeIsRefused() {
        String body = """
                {"id":"%s","sessionId":"s-1","occurredAt":"2026-11-27T10:00:00Z","clientId":"c","clientCommandId":"c-1",
                 "actor":{"userId":"u","displayName":"Ada","role":"INTERVIEWER"},
                 "command":{"type":"java.lang.Runtime","text":"x"}}""".formatted(UUID.randomUUID());
        assertThatThrownBy(() -> json.readValue(body, CommandEnvelope.class))
                .hasMessageContaining("java.lang.Runtime");
    }

    @Test
    void aBlankChatLineIsNotACommand() {
        assertThatThrownBy(() -> new SessionCommand.PostChat("  ")).hasMessageContaining("text");
    }

    @Test
    void aScoreOutsideTheFourRubricLevelsIsNotACommand() {
        String body = """
                {"type":"score.submit","roundIndex":0,"competency":"trade-offs","level":5}""";
        assertThatThrownBy(() -> json.readValue(body, SessionCommand.class)).hasMessageContaining("level must be 1 to 4");
    }

    @Test
    void errorCodesAreKebabCaseOnTheWire() {
        assertThat(ErrorCode.NOT_ALLOWED_NOW.wire()).isEqualTo("not-allowed-now");
    }

    @Test
    void sequencesStartAtOne() {
        assertThatThrownBy(() -> new EventEnvelope(UUID.randomUUID(), "s-1", 0, Instant.now(), null,
                Audience.EVERYONE, new SessionEvent.ChatPosted(ada, "x", Moment.OUTSIDE_ROUNDS)))
                .hasMessageContaining("sequence");
    }

    @Test
    void onlyInterviewersBelongToTheInterviewerAudience() {
        assertThat(Audience.INTERVIEWERS.admits(ParticipantRole.INTERVIEWER)).isTrue();
        assertThat(Audience.INTERVIEWERS.admits(ParticipantRole.CANDIDATE)).isFalse();
        assertThat(Audience.EVERYONE.admits(ParticipantRole.CANDIDATE)).isTrue();
    }
}
