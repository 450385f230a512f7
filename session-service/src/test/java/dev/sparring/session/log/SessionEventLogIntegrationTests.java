package dev.sparring.session.log;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.SessionCommand;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.testsupport.WithRealInfrastructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "spring.config.name=session-service", webEnvironment = SpringBootTest.WebEnvironment.NONE)
@WithRealInfrastructure
class SessionEventLogIntegrationTests {

    private final Actor ada = new Actor("u-1", "Ada", ParticipantRole.INTERVIEWER);

    @Autowired
    SessionEventLog log;

    @Test
    void concurrentAppendsGetConsecutiveSequenceNumbersWithoutGaps() throws Exception {
        String session = "s-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Appended>> appends = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                appends.add(() -> log.append(command(session, UUID.randomUUID()), List.of(chat("line " + n))));
            }
            List<Long> sequences = new ArrayList<>();
            for (Future<Appended> appended : pool.invokeAll(appends)) {
                sequences.add(appended.get().events().get(0).sequence());
            }
            assertThat(sequences).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
            assertThat(log.read(session, 1, 200)).extracting(EventEnvelope::sequence)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCommandAppliedTwiceIsRecordedOnceAndAnswersWithItsOriginalEvents() {
        String session = "s-" + UUID.randomUUID();
        CommandEnvelope command = command(session, UUID.randomUUID());

        Appended first = log.append(command, List.of(chat("hello"), chat("again")));
        Appended redelivered = log.append(command, List.of(chat("hello"), chat("again")));
        Appended next = log.append(command(session, UUID.randomUUID()), List.of(chat("next")));

        assertThat(first.firstTime()).isTrue();
        assertThat(redelivered.firstTime()).isFalse();
        assertThat(redelivered.events()).isEqualTo(first.events());
        assertThat(first.events()).extracting(EventEnvelope::sequence).containsExactly(1L, 2L);
        assertThat(next.events()).extracting(EventEnvelope::sequence).containsExactly(3L);
    }

    @Test
    void sessionsCountTheirOwnSequences() {
        Appended a = log.append(command("s-" + UUID.randomUUID(), UUID.randomUUID()), List.of(chat("a")));
        Appended b = log.append(command("s-" + UUID.randomUUID(), UUID.randomUUID()), List.of(chat("b")));

        assertThat(a.events().get(0).sequence()).isEqualTo(1);
        assertThat(b.events().get(0).sequence()).isEqualTo(1);
    }

    private CommandEnvelope command(String session, UUID id) {
        return new CommandEnvelope(id, session, Instant.now(), "conn-1", ada, new SessionCommand.PostChat("x"));
    }

    private PendingEvent chat(String text) {
        return new PendingEvent(Audience.EVERYONE, new SessionEvent.ChatPosted(ada, text));
    }
}
