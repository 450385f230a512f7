package dev.sparring.session.command;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.CommandEnvelope;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the command stream. The consumer group gives each partition, and so each session, to
 * exactly one instance at a time; a record that keeps failing goes to the dead-letter topic after
 * the platform's bounded retries.
 */
@Component
class SessionCommandListener {

    private final CommandProcessor processor;

    SessionCommandListener(CommandProcessor processor) {
        this.processor = processor;
    }

    @KafkaListener(id = "session-commands", topics = Topics.SESSION_COMMANDS, idIsGroup = false)
    void on(CommandEnvelope command) {
        processor.process(command);
    }
}
