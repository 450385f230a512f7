package dev.sparring.contracts.kit;

import java.time.Duration;

/**
 * A step of a round, such as "scale estimate" in system design.
 *
 * @param duration the time the phase is planned to take, counted on the round clock from the moment
 *     the phase begins; when it passes, the session says so (it does not move on by itself)
 */
public record PhasePlan(String id, String title, Duration duration, String guidance) {
}
