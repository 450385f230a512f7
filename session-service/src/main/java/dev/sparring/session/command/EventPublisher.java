package dev.sparring.session.command;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.contracts.session.CommandRejected;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.session.recovery.PublishedSequences;
import dev.sparring.session.rules.Decision;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes what the session-service decided, keyed by session id, without waiting: the returned
 * future completes when Kafka acknowledged it, and the command's offset must not be committed before
 * (the listener waits for all of a poll's outcomes at once, not for each in turn).
 */
@Component
class EventPublisher {

    private final KafkaTemplate<String, Object> kafka;
    private final PublishedSequences published;

    EventPublisher(KafkaTemplate<String, Object> kafka, PublishedSequences published) {
        this.kafka = kafka;
        this.published = published;
    }

    CompletableFuture<Void> publish(List<EventEnvelope> events) {
        CompletableFuture<Void> acknowledged = CompletableFuture.allOf(events.stream()
                .map(event -> kafka.send(Topics.SESSION_EVENTS, event.sessionId(), event))
                .toArray(CompletableFuture[]::new));
        published.published(events);
        return acknowledged;
    }

    CompletableFuture<Void> reject(CommandEnvelope command, Decision.Rejected rejection, Instant now) {
        UUID id = UUID.nameUUIDFromBytes(("rejected/" + command.id()).getBytes(StandardCharsets.UTF_8));
        CommandRejected rejected = new CommandRejected(id, command.sessionId(), now, command.id(), command.clientId(),
                command.actor().userId(), command.clientCommandId(), rejection.code(), rejection.message());
        return kafka.send(Topics.COMMAND_REJECTIONS, command.sessionId(), rejected).thenApply(sent -> null);
    }
}
