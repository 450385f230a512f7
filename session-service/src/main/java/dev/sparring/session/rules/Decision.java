package dev.sparring.session.rules;

import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.contracts.session.SessionEvent;
import java.util.List;

/** What the rules make of a command: the events it produces, or why it is refused. */
public sealed interface Decision {

    static Decision accept(List<Pending> events) {
        return new Accepted(List.copyOf(events));
    }

    static Decision accept(Audience audience, SessionEvent event) {
        return new Accepted(List.of(new Pending(audience, event)));
    }

    static Decision everyone(SessionEvent event) {
        return accept(Audience.EVERYONE, event);
    }

    static Decision interviewers(SessionEvent event) {
        return accept(Audience.INTERVIEWERS, event);
    }

    /** Accepted, but nothing changes (a stale timer, a presence already known). */
    static Decision nothing() {
        return new Accepted(List.of());
    }

    static Decision reject(ErrorCode code, String message) {
        return new Rejected(code, message);
    }

    record Accepted(List<Pending> events) implements Decision {
    }

    record Rejected(ErrorCode code, String message) implements Decision {
    }

    /** An event before the log gives it a sequence number. */
    record Pending(Audience audience, SessionEvent event) {
    }
}
