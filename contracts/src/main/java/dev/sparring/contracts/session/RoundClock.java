package dev.sparring.contracts.session;

import java.time.Duration;
import java.time.Instant;

/**
 * A round's countdown. Time only counts while it runs; pausing keeps what was used.
 *
 * @param budget the round's time box, extensions included
 * @param usedBeforeRun time used in earlier runs (before the last pause)
 * @param runningSince when the current run began; {@code null} while paused
 */
public record RoundClock(Duration budget, Duration usedBeforeRun, Instant runningSince) {

    public static RoundClock stopped(Duration budget) {
        return new RoundClock(budget, Duration.ZERO, null);
    }

    public boolean running() {
        return runningSince != null;
    }

    /** Round time used by {@code now}: the offset quotes and notes are stamped with. */
    public Duration used(Instant now) {
        return running() ? usedBeforeRun.plus(Duration.between(runningSince, now)) : usedBeforeRun;
    }

    public Duration remaining(Instant now) {
        return budget.minus(used(now));
    }

    public RoundClock start(Instant now) {
        return running() ? this : new RoundClock(budget, usedBeforeRun, now);
    }

    public RoundClock pause(Instant now) {
        return running() ? new RoundClock(budget, used(now), null) : this;
    }

    public RoundClock extend(Duration by) {
        return new RoundClock(budget.plus(by), usedBeforeRun, runningSince);
    }

    /** The wall-clock moment the round clock reads {@code offset}, if it keeps running; null while paused. */
    public Instant wallClockAt(Duration offset) {
        return running() ? runningSince.plus(offset.minus(usedBeforeRun)) : null;
    }

    public TimerView view(Instant now) {
        return new TimerView(running(), remaining(now), now);
    }
}
