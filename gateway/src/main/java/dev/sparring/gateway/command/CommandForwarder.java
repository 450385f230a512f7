package dev.sparring.gateway.command;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.gateway.socket.Participant;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts a client's command on the command topic, keyed by session id, and tells the client once
 * Kafka acknowledged it. Sending never blocks the socket's thread.
 */
@Component
class CommandForwarder {

    private static final Logger log = LoggerFactory.getLogger(CommandForwarder.class);

    static final String ACKS = "/queue/acks";
    static final String ERRORS = "/queue/errors";

    private final KafkaTemplate<String, Object> kafka;
    private final SimpMessagingTemplate clients;
    private final Clock clock;

    CommandForwarder(KafkaTemplate<String, Object> kafka, SimpMessagingTemplate clients, Clock clock) {
        this.kafka = kafka;
        this.clients = clients;
        this.clock = clock;
    }

    void forward(String sessionId, Participant participant, String connectionId, ClientCommand command) {
        if (command.commandId() == null || command.commandId().isBlank() || command.command() == null) {
            clients.convertAndSendToUser(participant.getName(), ERRORS, CommandAck.rejected(command.commandId(),
                    "invalid-command", "a command needs a commandId and a command"));
            return;
        }
        CommandEnvelope envelope = new CommandEnvelope(commandId(sessionId, participant, command), sessionId,
                clock.instant(), connectionId, participant.asActor(), command.command());
        kafka.send(Topics.SESSION_COMMANDS, sessionId, envelope).whenComplete((result, failure) -> {
            if (failure == null) {
                clients.convertAndSendToUser(participant.getName(), ACKS, CommandAck.accepted(command.commandId()));
            } else {
                log.warn("Command {} of session {} was not accepted by Kafka", command.commandId(), sessionId, failure);
                clients.convertAndSendToUser(participant.getName(), ERRORS, CommandAck.rejected(command.commandId(),
                        "unavailable", "the command could not be stored; send it again with the same commandId"));
            }
        });
    }

    /**
     * Derived from who sent it and the client's own id, so a resent command gets the same id on any
     * gateway and the session-service applies it once.
     */
    static UUID commandId(String sessionId, Participant participant, ClientCommand command) {
        String key = sessionId + "/" + participant.userId() + "/" + command.commandId();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
