package dev.sparring.session.command;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.EventEnvelope;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes recorded events keyed by session id, and returns only once Kafka acknowledged all of them. */
@Component
class EventPublisher {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    private final KafkaTemplate<String, Object> kafka;

    EventPublisher(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    void publish(List<EventEnvelope> events) {
        CompletableFuture<?>[] sends = events.stream()
                .map(event -> kafka.send(Topics.SESSION_EVENTS, event.sessionId(), event))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sends).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while publishing session events", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("session events were not acknowledged by Kafka", e);
        }
    }
}
