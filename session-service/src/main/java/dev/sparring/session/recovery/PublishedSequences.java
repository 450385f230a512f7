package dev.sparring.session.recovery;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.EventEnvelope;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
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

    private final EventLog eventLog;
    private final RecoveryProperties properties;
    private final Clock clock;
    private final Map<String, Long> highest = new ConcurrentHashMap<>();
    private volatile boolean closing;

    PublishedSequences(EventLog eventLog, RecoveryProperties properties, Clock clock) {
        this.eventLog = eventLog;
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

    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
    }

    /** Runs on the consumer's thread before it fetches commands, so no command is decided before this. */
    @Override
    public void onPartitionsAssigned(Consumer<?, ?> commandConsumer, Collection<TopicPartition> partitions) {
        List<Integer> events = partitions.stream()
                .filter(partition -> partition.topic().equals(Topics.SESSION_COMMANDS))
                .map(TopicPartition::partition)
                .toList();
        if (events.isEmpty() || properties.lookback().isZero() || closing) {
            return; // while the service stops, its consumers hand partitions to each other: no command follows
        }
        long started = System.nanoTime();
        AtomicInteger read = new AtomicInteger();
        eventLog.read(events, clock.instant().minus(properties.lookback()), event -> {
            highest.merge(event.sessionId(), event.sequence(), Math::max);
            read.incrementAndGet();
        });
        log.info("Read {} recent events of partitions {} in {} ms", read.get(), events,
                (System.nanoTime() - started) / 1_000_000);
    }
}
