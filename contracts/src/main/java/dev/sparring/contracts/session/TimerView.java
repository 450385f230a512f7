package dev.sparring.contracts.session;

import java.time.Duration;
import java.time.Instant;

/**
 * The round clock as clients display it.
 *
 * @param running whether it is counting down now
 * @param remaining time left at {@code asOf}; negative once the time box is overrun
 * @param asOf when {@code remaining} was read; a client computes the live value as
 *     {@code remaining - (now - asOf)} while running
 */
public record TimerView(boolean running, Duration remaining, Instant asOf) {
}
