package dev.sparring.session.log;

import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.SessionEvent;

/** An event a command produced, before the log gives it a sequence number. */
public record PendingEvent(Audience audience, SessionEvent event) {
}
