package dev.sparring.session.state;

import dev.sparring.contracts.session.EventEnvelope;
import java.util.List;

/** The outcome of storing a command's events. */
public sealed interface Stored {

    /** Stored now; the events carry their sequence numbers. */
    record Applied(List<EventEnvelope> events) implements Stored {
    }

    /** The command had been applied before; these are the events it produced then. */
    record Duplicate(List<EventEnvelope> events) implements Stored {
    }

    /** Another writer moved the session on since its state was read; read it again and retry. */
    record Conflict(long currentVersion) implements Stored {
    }
}
