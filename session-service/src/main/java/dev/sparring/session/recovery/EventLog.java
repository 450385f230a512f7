package dev.sparring.session.recovery;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads {@code sparring.session-events} back, up to what it holds when the read starts. The consumer
 * is assigned its partitions: it joins no group and commits nothing.
 */
@Component
class EventLog {

    private static final Duration POLL = Duration.ofMillis(500);

    private final ConsumerFactory<?, ?> consumers;
    private final RecoveryProperties properties;

    EventLog(ConsumerFactory<?, ?> consumers, RecoveryProperties properties) {
        this.consumers = consumers;
        this.properties = properties;
    }

    /** Where the producers' default partitioner puts each session's events (the key is the session id). */
    Function<String, Integer> partitioner() {
        int partitions;
        try (Consumer<?, ?> consumer = open()) {
            partitions = consumer.partitionsFor(Topics.SESSION_EVENTS).size();
        }
        return sessionId -> BuiltInPartitioner.partitionForKey(sessionId.getBytes(StandardCharsets.UTF_8), partitions);
    }

    /**
     * Hands every event of the partitions to {@code each}, in each partition's order.
     *
     * @param since where to start: the first record at or after it; null for the partitions' start
     */
    void read(Collection<Integer> partitions, Instant since, java.util.function.Consumer<EventEnvelope> each) {
        List<TopicPartition> assigned = partitions.stream()
                .map(partition -> new TopicPartition(Topics.SESSION_EVENTS, partition)).toList();
        try (Consumer<?, ?> consumer = open()) {
            consumer.assign(assigned);
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
            if (since == null) {
                consumer.seekToBeginning(assigned);
            } else {
                Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(assigned.stream()
                        .collect(Collectors.toMap(Function.identity(), partition -> since.toEpochMilli())));
                for (TopicPartition partition : assigned) {
                    OffsetAndTimestamp start = starts.get(partition);
                    consumer.seek(partition, start == null ? ends.get(partition) : start.offset());
                }
            }
            long deadline = System.nanoTime() + properties.scanLimit().toNanos();
            while (assigned.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new KafkaException("reading " + Topics.SESSION_EVENTS + " " + partitions + " took longer than "
                            + properties.scanLimit());
                }
                for (ConsumerRecord<?, ?> record : consumer.poll(POLL)) {
                    if (record.value() instanceof EventEnvelope event) {
                        each.accept(event);
                    }
                }
            }
        }
    }

    private Consumer<?, ?> open() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // a broker that is gone fails the read within the scan limit rather than Kafka's minute
        overrides.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(properties.scanLimit().toMillis()));
        return consumers.createConsumer("session-service-recovery", "session-recovery", null, overrides);
    }
}
