package dev.sparring.session.command;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.Moment;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.SessionCommand;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.platform.session.SessionKeys;
import dev.sparring.platform.session.SessionReader;
import dev.sparring.session.recovery.SessionRecovery;
import dev.sparring.session.rules.Decision;
import dev.sparring.session.rules.SessionEvolution;
import dev.sparring.session.rules.SessionRules;
import dev.sparring.session.state.OwnedStates;
import dev.sparring.session.state.SessionStore;
import dev.sparring.session.state.Stored;
import dev.sparring.testsupport.TestKits;
import dev.sparring.testsupport.TopicProbe;
import dev.sparring.testsupport.WithRealInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Commands in, events out, through the real topics, Redis and the session-service's listener. */
@SpringBootTest(properties = {"spring.config.name=session-service", "sparring.session.timers.poll-interval=50ms"},
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
@WithRealInfrastructure
class CommandProcessingIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Actor ADA = new Actor("ada", "Ada", ParticipantRole.INTERVIEWER);
    private static final Actor LINUS = new Actor("candidate", "Linus", ParticipantRole.CANDIDATE);

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    SessionStore store;

    @Autowired
    SessionReader reader;

    @Autowired
    OwnedStates owned;

    @Autowired
    SessionRecovery recovery;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aRedeliveredCommandIsAppliedOnceAndItsEventsAreRepublishedUnchanged() {
        String session = "s-" + UUID.randomUUID();
        send(session, ADA, new SessionCommand.CreateSession("team-1", TestKits.threeRounds(Duration.ofMinutes(45)), "Linus"));
        CommandEnvelope chat = envelope(session, LINUS, new SessionCommand.PostChat("Is it read-heavy?"));

        kafka.send(Topics.SESSION_COMMANDS, session, chat).join();
        kafka.send(Topics.SESSION_COMMANDS, session, chat).join();
        send(session, LINUS, new SessionCommand.PostChat("Next question"));

        List<ConsumerRecord<String, String>> events = TopicProbe.awaitRecords(Topics.SESSION_EVENTS, session, 4,
                record -> true, WAIT);
        assertThat(events).extracting(record -> sequence(record.value())).containsExactly(1L, 2L, 2L, 3L);
        assertThat(events.get(2).value()).isEqualTo(events.get(1).value());
    }

    @Test
    void aRefusedCommandIsAnsweredToItsSenderOnly() {
        String session = "s-" + UUID.randomUUID();
        send(session, ADA, new SessionCommand.CreateSession("team-1", TestKits.threeRounds(Duration.ofMinutes(45)), "Linus"));
        send(session, LINUS, new SessionCommand.RevealPrompt("rate-limiter"));

        assertThat(TopicProbe.awaitRecords(Topics.COMMAND_REJECTIONS, session, 1, record -> true, WAIT))
                .singleElement().satisfies(record -> assertThat(record.value())
                        .contains("\"code\":\"FORBIDDEN\"")
                        .contains("\"userId\":\"candidate\"")
                        .contains("a candidate may not reveal prompts"));
    }

    @Test
    void phaseAndRoundDeadlinesFireOnTheServerWithoutAnyClient() {
        String session = "s-" + UUID.randomUUID();
        send(session, ADA, new SessionCommand.CreateSession("team-1", TestKits.threeRounds(Duration.ofSeconds(2)), "Linus"));
        send(session, ADA, new SessionCommand.StartRound(0));

        List<ConsumerRecord<String, String>> elapsed = TopicProbe.awaitRecords(Topics.SESSION_EVENTS, session, 1,
                record -> record.value().contains("\"type\":\"deadline.elapsed\""), WAIT);

        // the coding round has one phase as long as the round: both deadlines are due at once
        assertThat(elapsed.get(0).value()).contains("\"roundIndex\":0");
        List<ConsumerRecord<String, String>> all = TopicProbe.awaitRecords(Topics.SESSION_EVENTS, session, 4,
                record -> true, WAIT);
        // a deadline may be sent and published more than once (at least once), but it fires once:
        // every copy carries the same sequence number
        assertThat(all.stream().filter(record -> record.value().contains("\"kind\":\"ROUND\""))
                .map(record -> sequence(record.value())).distinct()).hasSize(1);
        assertThat(all.stream().filter(record -> record.value().contains("\"kind\":\"PHASE\""))
                .map(record -> sequence(record.value())).distinct()).hasSize(1);
    }

    @Test
    void aSessionAnotherInstanceMovedOnIsDecidedOnItsStateInRedisNotOnWhatThisInstanceRemembers() {
        String session = "s-" + UUID.randomUUID();
        send(session, ADA, new SessionCommand.CreateSession("team-1", TestKits.threeRounds(Duration.ofMinutes(45)), "Linus"));
        send(session, ADA, new SessionCommand.StartRound(0));
        await().atMost(WAIT).until(() -> store.load(session).flatMap(SessionState::runningRound).isPresent());

        // another instance (the partition moved there and back) reveals a prompt: this one never saw it
        long revealedAt = writeAsAnotherInstance(session, new SessionCommand.RevealPrompt("lru-cache-concurrency"));
        send(session, ADA, new SessionCommand.HidePrompt("lru-cache-concurrency"));

        ConsumerRecord<String, String> hidden = TopicProbe.awaitRecords(Topics.SESSION_EVENTS, session, 1,
                record -> record.value().contains("\"type\":\"prompt.hidden\""), WAIT).get(0);
        assertThat(sequence(hidden.value())).isEqualTo(revealedAt + 1);
    }

    @Test
    void aSessionRedisLostIsRebuiltFromTheLogAndItsSequenceGoesOn() {
        String session = "s-" + UUID.randomUUID();
        send(session, ADA, new SessionCommand.CreateSession("team-1", TestKits.threeRounds(Duration.ofMinutes(45)), "Linus"));
        send(session, ADA, new SessionCommand.StartRound(0));
        send(session, LINUS, new SessionCommand.PostChat("Is the input sorted?"));
        long published = awaitChat(session, "Is the input sorted?");

        redis.delete(reader.keys(session).all());
        send(session, LINUS, new SessionCommand.PostChat("I will assume it is not."));

        assertThat(awaitChat(session, "I will assume it is not.")).isEqualTo(published + 1);
        assertThat(store.load(session)).get().satisfies(state -> {
            assertThat(state.version()).isEqualTo(published + 1);
            assertThat(state.runningRound()).isPresent();
        });
    }

    @Test
    void aSessionRedisHasAnOlderVersionOfIsRebuiltFromTheLogWhetherOrNotThisInstanceRemembersIt() {
        String session = "s-" + UUID.randomUUID();
        send(session, ADA, new SessionCommand.CreateSession("team-1", TestKits.threeRounds(Duration.ofMinutes(45)), "Linus"));
        send(session, ADA, new SessionCommand.StartRound(0));
        awaitChat(session, null);
        await().atMost(WAIT).until(() -> store.load(session).flatMap(SessionState::runningRound).isPresent());
        Map<String, String> snapshot = snapshot(session);
        send(session, LINUS, new SessionCommand.PostChat("one"));
        send(session, LINUS, new SessionCommand.PostChat("two"));
        long afterTwo = awaitChat(session, "two");

        restore(session, snapshot); // a failover to a replica that missed the last writes
        send(session, LINUS, new SessionCommand.PostChat("three"));
        assertThat(awaitChat(session, "three")).isEqualTo(afterTwo + 1);

        restore(session, snapshot);
        owned.forget(session); // as after a restart of the session-service too
        send(session, LINUS, new SessionCommand.PostChat("four"));
        assertThat(awaitChat(session, "four")).isEqualTo(afterTwo + 2);
    }

    @Test
    void aSessionTheLogCannotRestoreDoesNotKeepTheOthersFromBeingRestored() {
        String lost = "s-" + UUID.randomUUID();
        send(lost, ADA, new SessionCommand.CreateSession("team-1", TestKits.threeRounds(Duration.ofMinutes(45)), "Linus"));
        send(lost, LINUS, new SessionCommand.PostChat("Can I assume ASCII?"));
        long published = awaitChat(lost, "Can I assume ASCII?");
        redis.delete(reader.keys(lost).all());
        String gappy = "s-" + UUID.randomUUID(); // its log starts at event 2: nothing can replay it
        kafka.send(Topics.SESSION_EVENTS, gappy, new EventEnvelope(UUID.randomUUID(), gappy, 2, Instant.now(),
                UUID.randomUUID(), Audience.EVERYONE, new SessionEvent.ChatPosted(LINUS, "orphan",
                        Moment.OUTSIDE_ROUNDS))).join();

        assertThat(recovery.recoverAll(Map.of(gappy, 0L, lost, 0L))).isEqualTo(1);

        assertThat(store.load(lost)).get().extracting(SessionState::version).isEqualTo(published);
        assertThat(store.load(gappy)).isEmpty();
    }

    /** The sequence number of the chat line's event (any event's, for null), once published. */
    private long awaitChat(String session, String text) {
        ConsumerRecord<String, String> event = TopicProbe.awaitRecords(Topics.SESSION_EVENTS, session, 1,
                record -> text == null || record.value().contains("\"text\":\"" + text + "\""), WAIT).get(0);
        return sequence(event.value());
    }

    private Map<String, String> snapshot(String session) {
        Map<String, String> values = new HashMap<>();
        SessionKeys keys = reader.keys(session);
        for (String key : List.of(keys.state(), keys.seq(), keys.kit())) {
            values.put(key, redis.opsForValue().get(key));
        }
        return values;
    }

    private void restore(String session, Map<String, String> snapshot) {
        redis.delete(reader.keys(session).events());
        snapshot.forEach((key, value) -> redis.opsForValue().set(key, value));
    }

    private long writeAsAnotherInstance(String session, SessionCommand command) {
        SessionState state = store.load(session).orElseThrow();
        CommandEnvelope envelope = envelope(session, ADA, command);
        List<EventEnvelope> events = new ArrayList<>();
        SessionState next = state;
        for (Decision.Pending pending : ((Decision.Accepted) SessionRules.decide(state, envelope, Instant.now(),
                Duration.ofSeconds(30))).events()) {
            EventEnvelope event = new EventEnvelope(UUID.randomUUID(), session, state.version() + 1 + events.size(),
                    Instant.now(), envelope.id(), pending.audience(), pending.event());
            events.add(event);
            next = SessionEvolution.apply(next, event);
        }
        assertThat(store.store(session, envelope.id(), state.version(), next, events)).isInstanceOf(Stored.Applied.class);
        return next.version();
    }

    private void send(String session, Actor actor, SessionCommand command) {
        kafka.send(Topics.SESSION_COMMANDS, session, envelope(session, actor, command)).join();
    }

    private static CommandEnvelope envelope(String session, Actor actor, SessionCommand command) {
        return new CommandEnvelope(UUID.randomUUID(), session, Instant.now(), "conn-1", "c-" + UUID.randomUUID(),
                actor, command);
    }

    private static long sequence(String json) {
        int at = json.indexOf("\"sequence\":") + "\"sequence\":".length();
        return Long.parseLong(json.substring(at, json.indexOf(',', at)));
    }
}
