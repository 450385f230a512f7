package dev.sparring.session.command;

import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.session.log.Appended;
import dev.sparring.session.log.SessionEventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies a command: decide its events, record them in the session log (atomically, once per
 * command id), then publish them. The listener commits the offset only after this returns, so a
 * crash anywhere here leads to a redelivery, which finds the command applied and publishes the
 * same events again; consumers drop sequence numbers they already have.
 */
@Service
class CommandProcessor {

    private static final Logger log = LoggerFactory.getLogger(CommandProcessor.class);

    private final SessionEventLog eventLog;
    private final EventPublisher publisher;

    CommandProcessor(SessionEventLog eventLog, EventPublisher publisher) {
        this.eventLog = eventLog;
        this.publisher = publisher;
    }

    void process(CommandEnvelope command) {
        Appended appended = eventLog.append(command, CommandDecider.decide(command.actor(), command.command()));
        if (!appended.firstTime()) {
            log.debug("Command {} of session {} was applied before; re-publishing its {} events",
                    command.id(), command.sessionId(), appended.events().size());
        }
        publisher.publish(appended.events());
    }
}
