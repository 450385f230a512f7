package dev.sparring.gateway.command;

import dev.sparring.contracts.session.CommandRejected;
import dev.sparring.contracts.session.EventEnvelope;

/** What became of a command: the first event it produced, or its rejection. */
public sealed interface CommandOutcome {

    record Applied(EventEnvelope firstEvent) implements CommandOutcome {
    }

    record Rejected(CommandRejected rejection) implements CommandOutcome {
    }
}
