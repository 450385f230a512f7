package dev.sparring.contracts.session;

import java.time.Duration;

/**
 * Where in the interview something was said: the round, its phase, and the round clock's reading.
 * Evidence quotes point here.
 *
 * @param roundIndex -1 before the first round starts
 * @param phaseId {@code null} outside a round
 * @param offset time on the round clock (pauses excluded) since the round started
 */
public record Moment(int roundIndex, String phaseId, Duration offset) {

    public static final Moment OUTSIDE_ROUNDS = new Moment(-1, null, Duration.ZERO);
}
