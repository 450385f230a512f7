package dev.sparring.session.state;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.session.rules.SessionEvolution;
import dev.sparring.testsupport.TestKits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnedStatesTests {

    private static final Actor ADA = new Actor("ada", "Ada", ParticipantRole.INTERVIEWER);

    @Test
    void forgetsTheLeastRecentlyUsedSessionBeyondItsCapacity() {
        OwnedStates owned = new OwnedStates(new SessionStoreProperties(2000, Duration.ofDays(7), 2));
        owned.remember(created("s-1"));
        owned.remember(created("s-2"));
        owned.get("s-1");

        owned.remember(created("s-3"));

        assertThat(owned.get("s-2")).isEmpty();
        assertThat(owned.get("s-1")).isPresent();
        assertThat(owned.get("s-3")).isPresent();
    }

    @Test
    void sessionsOfOneKitShareOneCopyOfIt() {
        OwnedStates owned = new OwnedStates(new SessionStoreProperties(2000, Duration.ofDays(7), 10));
        SessionState first = created("s-1");
        SessionState second = created("s-2");
        assertThat(second.kit()).isNotSameAs(first.kit()).isEqualTo(first.kit());

        owned.remember(first);
        owned.remember(second);

        assertThat(owned.get("s-2").orElseThrow().kit()).isSameAs(first.kit());
        assertThat(owned.get("s-2").orElseThrow()).isEqualTo(second);
    }

    @Test
    void rememberingNothingReadsEveryStateFromRedis() {
        OwnedStates owned = new OwnedStates(new SessionStoreProperties(2000, Duration.ofDays(7), 0));

        owned.remember(created("s-1"));

        assertThat(owned.get("s-1")).isEmpty();
    }

    private static SessionState created(String session) {
        // a kit of its own per session, as each one read from Redis or Kafka is
        SessionEvent event = new SessionEvent.SessionCreated("team-1", TestKits.threeRounds(Duration.ofMinutes(45)),
                "Linus", ADA);
        return SessionEvolution.replay(List.of(new EventEnvelope(UUID.randomUUID(), session, 1,
                Instant.parse("2026-11-27T10:00:00Z"), UUID.randomUUID(), Audience.EVERYONE, event)));
    }
}
