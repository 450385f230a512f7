package dev.sparring.session.recovery;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.Moment;
import dev.sparring.contracts.session.SessionEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an instance remembers of what it published, and for how long. */
class PublishedSequencesTests {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final PublishedSequences published = new PublishedSequences(null, null, null,
            new RecoveryProperties(Duration.ofMinutes(15), Duration.ofMinutes(2)), clock);

    @Test
    void remembersTheHighestSequencePublishedOfEachSession() {
        published.published(List.of(event("s-1", 1), event("s-1", 2), event("s-2", 7)));
        published.published(List.of(event("s-1", 3)));

        assertThat(published.highest("s-1")).isEqualTo(3);
        assertThat(published.highest("s-2")).isEqualTo(7);
        assertThat(published.highest("s-unknown")).isZero();
    }

    @Test
    void forgetsOnlySessionsNothingWasPublishedOfWithinTheLookback() {
        published.published(List.of(event("quiet", 4), event("busy", 1)));
        clock.advance(Duration.ofMinutes(10));
        published.published(List.of(event("busy", 2)));
        clock.advance(Duration.ofMinutes(6));

        assertThat(published.forgetQuietSessions()).isEqualTo(1);

        assertThat(published.highest("quiet")).isZero();
        assertThat(published.highest("busy")).isEqualTo(2);
    }

    private static EventEnvelope event(String session, long sequence) {
        return new EventEnvelope(UUID.randomUUID(), session, sequence, Instant.EPOCH, UUID.randomUUID(),
                Audience.EVERYONE, new SessionEvent.ChatPosted(Actor.SYSTEM, "hello", Moment.OUTSIDE_ROUNDS));
    }

    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
