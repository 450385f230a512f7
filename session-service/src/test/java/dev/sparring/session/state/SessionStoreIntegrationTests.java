package dev.sparring.session.state;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.Moment;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.platform.session.SessionKeys;
import dev.sparring.platform.session.SessionReader;
import dev.sparring.session.rules.SessionEvolution;
import dev.sparring.testsupport.TestKits;
import dev.sparring.testsupport.WithRealInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "spring.config.name=session-service", webEnvironment = SpringBootTest.WebEnvironment.NONE)
@WithRealInfrastructure
class SessionStoreIntegrationTests {

    private static final Actor ADA = new Actor("ada", "Ada", ParticipantRole.INTERVIEWER);

    @Autowired
    SessionStore store;

    @Autowired
    SessionReader reader;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void storesStateAndEventsTogetherAndReadsThemBack() {
        String session = "s-" + UUID.randomUUID();
        List<EventEnvelope> events = events(session, 0, created(), chat("hello"));

        Stored stored = store.store(session, UUID.randomUUID(), 0, SessionEvolution.replay(events), events);

        assertThat(stored).isInstanceOf(Stored.Applied.class);
        assertThat(store.load(session)).get().satisfies(state -> {
            assertThat(state.version()).isEqualTo(2);
            assertThat(state.candidateName()).isEqualTo("Linus");
        });
    }

    @Test
    void theKitIsWrittenOnceWithTheSessionAndEveryLaterStateIsReadBackWithIt() {
        String session = "s-" + UUID.randomUUID();
        List<EventEnvelope> first = events(session, 0, created());
        SessionState created = SessionEvolution.replay(first);
        store.store(session, UUID.randomUUID(), 0, created, first);
        SessionKeys keys = reader.keys(session);
        List<EventEnvelope> second = events(session, 1, chat("one"));
        SessionState chatted = SessionEvolution.apply(created, second.get(0));

        store.store(session, UUID.randomUUID(), 1, chatted, second);

        assertThat(redis.opsForValue().get(keys.state())).doesNotContain(created.kit().title());
        assertThat(store.load(session)).contains(chatted);
        assertThat(redis.getExpire(keys.kit())).isPositive();
    }

    @Test
    void aCommandStoredTwiceIsKeptOnceAndAnswersWithItsOriginalEvents() {
        String session = "s-" + UUID.randomUUID();
        UUID command = UUID.randomUUID();
        List<EventEnvelope> events = events(session, 0, created()).stream()
                .map(event -> new EventEnvelope(event.id(), session, event.sequence(), event.occurredAt(), command,
                        event.audience(), event.event()))
                .toList();
        SessionState state = SessionEvolution.replay(events);

        store.store(session, command, 0, state, events);
        Stored again = store.store(session, command, 0, state, events);

        assertThat(again).isInstanceOfSatisfying(Stored.Duplicate.class,
                duplicate -> assertThat(duplicate.events()).isEqualTo(events));
        assertThat(store.appliedBefore(session, command)).contains(events);
        assertThat(store.load(session)).get().extracting(SessionState::version).isEqualTo(1L);
    }

    @Test
    void aWriterThatReadAnOlderVersionIsToldToDecideAgain() {
        String session = "s-" + UUID.randomUUID();
        List<EventEnvelope> first = events(session, 0, created());
        SessionState state = SessionEvolution.replay(first);
        store.store(session, UUID.randomUUID(), 0, state, first);
        List<EventEnvelope> second = events(session, 1, chat("one"));
        store.store(session, UUID.randomUUID(), 1, state.withVersion(2), second);

        List<EventEnvelope> stale = events(session, 1, chat("two"));
        Stored conflict = store.store(session, UUID.randomUUID(), 1, state.withVersion(2), stale);

        assertThat(conflict).isEqualTo(new Stored.Conflict(2));
    }

    private static SessionEvent created() {
        return new SessionEvent.SessionCreated("team-1", TestKits.threeRounds(Duration.ofMinutes(45)), "Linus", ADA);
    }

    private static SessionEvent chat(String text) {
        return new SessionEvent.ChatPosted(ADA, text, Moment.OUTSIDE_ROUNDS);
    }

    private static List<EventEnvelope> events(String session, long after, SessionEvent... events) {
        List<EventEnvelope> numbered = new ArrayList<>();
        for (SessionEvent event : events) {
            numbered.add(new EventEnvelope(UUID.randomUUID(), session, after + numbered.size() + 1,
                    Instant.parse("2026-11-27T10:00:00Z"), UUID.randomUUID(), Audience.EVERYONE, event));
        }
        return numbered;
    }
}
