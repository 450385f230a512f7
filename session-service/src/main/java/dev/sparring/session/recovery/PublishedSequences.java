package dev.sparring.session.recovery;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.EventEnvelope;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * The highest sequence number published of each recent session this instance is the writer of. Read
 * from {@code sparring.session-events} when command partitions are assigned (a session's events sit in
 * the partition with the same number as its commands: same key, same partition count), for the
 * {@code sparring.session.recovery.lookback}, then kept up as this instance publishes.
 *
 * <p>Redis may come back from a failover or a restart with an older state than was published. Deciding
 * on it would hand out sequence numbers that clients already hold, and they would drop the new events
 * as duplicates. A session whose state in Redis is behind this figure is rebuilt from the log first.
 * Spring Boot wires this bean into the listener container factory as its rebalance listener.
 */
@Component
public class PublishedSequences implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(PublishedSequences.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ConsumerFactory<?, ?> consumers;
    private final RecoveryProperties properties;
    private final Clock clock;
    private final Map<String, Long> highest = new ConcurrentHashMap<>();

    PublishedSequences(ConsumerFactory<?, ?> consumers, RecoveryProperties properties, Clock clock) {
        this.consumers = consumers;
        this.properties = properties;
        this.clock = clock;
    }

    /** 0 when nothing of the session was published within the lookback or since. */
    public long highest(String sessionId) {
        return highest.getOrDefault(sessionId, 0L);
    }

    public void published(List<EventEnvelope> events) {
        for (EventEnvelope event : events) {
            highest.merge(event.sessionId(), event.sequence(), Math::max);
        }
    }

    /** Runs on the consumer's thread before it fetches commands, so no command is decided before this. */
    @Override
    public void onPartitionsAssigned(Consumer<?, ?> commandConsumer, Collection<TopicPartition> partitions) {
        List<TopicPartition> events = partitions.stream()
                .filter(partition -> partition.topic().equals(Topics.SESSION_COMMANDS))
                .map(partition -> new TopicPartition(Topics.SESSION_EVENTS, partition.partition()))
                .toList();
        if (events.isEmpty() || properties.lookback().isZero()) {
            return;
        }
        long started = System.nanoTime();
        int read = scan(events);
        log.info("Read {} recent events of partitions {} in {} ms", read,
                events.stream().map(TopicPartition::partition).toList(), (System.nanoTime() - started) / 1_000_000);
    }

    private int scan(List<TopicPartition> partitions) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (Consumer<?, ?> consumer = consumers.createConsumer("session-service-recovery", "published-sequences",
                null, overrides)) {
            consumer.assign(partitions);
            long since = clock.instant().minus(properties.lookback()).toEpochMilli();
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(
                    partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> since)));
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                consumer.seek(partition, start == null ? ends.get(partition) : start.offset());
            }
            long deadline = System.nanoTime() + properties.scanLimit().toNanos();
            int read = 0;
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new KafkaException("reading the recent events took longer than " + properties.scanLimit());
                }
                for (ConsumerRecord<?, ?> record : consumer.poll(POLL)) {
                    if (record.value() instanceof EventEnvelope event) {
                        highest.merge(event.sessionId(), event.sequence(), Math::max);
                        read++;
                    }
                }
            }
            return read;
        }
    }
}
