package dev.sparring.session.command;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.SessionCommand;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.session.log.PendingEvent;
import java.util.List;

/** What a command means for the session: the events it produces. Pure, no I/O. */
final class CommandDecider implements SessionCommand.Handler<List<PendingEvent>> {

    private final Actor actor;

    private CommandDecider(Actor actor) {
        this.actor = actor;
    }

    static List<PendingEvent> decide(Actor actor, SessionCommand command) {
        return command.accept(new CommandDecider(actor));
    }

    @Override
    public List<PendingEvent> on(SessionCommand.PostChat command) {
        return List.of(new PendingEvent(Audience.EVERYONE, new SessionEvent.ChatPosted(actor, command.text())));
    }

    @Override
    public List<PendingEvent> on(SessionCommand.RecordUtterance command) {
        return List.of(new PendingEvent(Audience.EVERYONE,
                new SessionEvent.UtteranceRecorded(actor, command.text(), command.source())));
    }
}
