package dev.sparring.session.log;

import dev.sparring.contracts.session.EventEnvelope;
import java.util.List;

/**
 * The events recorded for a command.
 *
 * @param firstTime false when the command had been applied before (a redelivery or a client
 *     retry): the events are the ones recorded then, not new ones
 */
public record Appended(boolean firstTime, List<EventEnvelope> events) {
}
