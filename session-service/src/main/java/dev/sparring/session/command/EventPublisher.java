package dev.sparring.session.command;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.contracts.session.CommandRejected;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.session.recovery.PublishedSequences;
import dev.sparring.session.rules.Decision;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes what the session-service decided, keyed by session id, and returns only once Kafka
 * acknowledged it: the command's offset must not be committed before its outcome is durable.
 */
@Component
class EventPublisher {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    private final KafkaTemplate<String, Object> kafka;
    private final PublishedSequences published;

    EventPublisher(KafkaTemplate<String, Object> kafka, PublishedSequences published) {
        this.kafka = kafka;
        this.published = published;
    }

    void publish(List<EventEnvelope> events) {
        await(events.stream()
                .map(event -> kafka.send(Topics.SESSION_EVENTS, event.sessionId(), event))
                .toArray(CompletableFuture[]::new));
        published.published(events);
    }

    void reject(CommandEnvelope command, Decision.Rejected rejection, Instant now) {
        UUID id = UUID.nameUUIDFromBytes(("rejected/" + command.id()).getBytes(StandardCharsets.UTF_8));
        CommandRejected rejected = new CommandRejected(id, command.sessionId(), now, command.id(), command.clientId(),
                command.actor().userId(), command.clientCommandId(), rejection.code(), rejection.message());
        await(kafka.send(Topics.COMMAND_REJECTIONS, command.sessionId(), rejected));
    }

    private static void await(CompletableFuture<?>... sends) {
        try {
            CompletableFuture.allOf(sends).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("Kafka did not acknowledge what the session-service published", e);
        }
    }
}
