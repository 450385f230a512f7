package dev.sparring.session.recovery;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * One session's events as the durable log has them ({@code sparring.session-events}, kept forever):
 * what Redis should hold when it has lost it. Reads the session's partition from its start, so it is
 * for recovery only, never for the hot path.
 */
@Component
class SessionHistory {

    private static final Duration POLL = Duration.ofMillis(500);

    private final ConsumerFactory<?, ?> consumers;
    private final RecoveryProperties properties;

    SessionHistory(ConsumerFactory<?, ?> consumers, RecoveryProperties properties) {
        this.consumers = consumers;
        this.properties = properties;
    }

    /** @return the session's events by sequence number, each once (redeliveries publish copies) */
    List<EventEnvelope> read(String sessionId) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // assigned, not subscribed: it joins no group and commits nothing
        try (Consumer<?, ?> consumer = consumers.createConsumer("session-service-recovery", "session-recovery", null,
                overrides)) {
            int partitions = consumer.partitionsFor(Topics.SESSION_EVENTS).size();
            // where the producers' default partitioner put the session (the key is the session id)
            TopicPartition partition = new TopicPartition(Topics.SESSION_EVENTS,
                    BuiltInPartitioner.partitionForKey(sessionId.getBytes(StandardCharsets.UTF_8), partitions));
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            Map<Long, EventEnvelope> bySequence = new TreeMap<>();
            long deadline = System.nanoTime() + properties.scanLimit().toNanos();
            while (consumer.position(partition) < end) {
                if (System.nanoTime() > deadline) {
                    throw new KafkaException("reading session " + sessionId + "'s events back took over " + properties.scanLimit());
                }
                for (ConsumerRecord<?, ?> record : consumer.poll(POLL)) {
                    if (sessionId.equals(record.key()) && record.value() instanceof EventEnvelope event) {
                        bySequence.putIfAbsent(event.sequence(), event);
                    }
                }
            }
            return List.copyOf(bySequence.values());
        }
    }
}
