package dev.sparring.session.command;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.CommandEnvelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.stereotype.Component;

/**
 * Reads the command stream a poll at a time. The consumer group gives each partition, and so each
 * session, to exactly one instance at a time. Commands are decided one after the other (each on the
 * state the previous one stored), and their events go to Kafka as soon as they are decided; what the
 * listener waits for before the poll's offsets are committed is Kafka's acknowledgement of all of them,
 * once, instead of one command's at a time. A record that fails is reported by its index: the commands
 * before it are committed, it is retried, and after the platform's bounded retries it goes to the
 * dead-letter topic.
 */
@Component
class SessionCommandListener {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    private final CommandProcessor processor;

    SessionCommandListener(CommandProcessor processor) {
        this.processor = processor;
    }

    @KafkaListener(id = "session-commands", topics = Topics.SESSION_COMMANDS, idIsGroup = false, batch = "true")
    void on(List<ConsumerRecord<String, CommandEnvelope>> records) {
        List<CompletableFuture<Void>> outcomes = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            try {
                outcomes.add(processor.process(command(records.get(index), index)));
            } catch (RuntimeException failure) {
                awaitAcknowledged(outcomes); // the offsets before this one are committed: their outcomes must be durable
                throw failure instanceof BatchListenerFailedException failed ? failed
                        : new BatchListenerFailedException("command could not be decided", failure, index);
            }
        }
        awaitAcknowledged(outcomes);
    }

    /**
     * The record's command. A record that could not be read reaches a batch listener without a value
     * (the deserializer's error travels in its headers, where the dead-letter publisher finds it and
     * the original bytes); it fails as a deserialization failure, which has no retry to gain.
     */
    private static CommandEnvelope command(ConsumerRecord<String, CommandEnvelope> record, int index) {
        if (record.value() != null) {
            return record.value();
        }
        throw new BatchListenerFailedException("not a command", new DeserializationException(
                "the record at offset " + record.offset() + " of " + record.topic() + "-" + record.partition()
                        + " holds no readable command", null, false, null), index);
    }

    /** Waits, in order, for each outcome; the first that Kafka did not acknowledge fails at its index. */
    private static void awaitAcknowledged(List<CompletableFuture<Void>> outcomes) {
        long deadline = System.nanoTime() + ACK_TIMEOUT.toNanos();
        for (int index = 0; index < outcomes.size(); index++) {
            try {
                outcomes.get(index).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BatchListenerFailedException("interrupted while publishing", e, index);
            } catch (ExecutionException | TimeoutException e) {
                throw new BatchListenerFailedException("Kafka did not acknowledge what the session-service published",
                        new KafkaException("not acknowledged", e), index);
            }
        }
    }
}
