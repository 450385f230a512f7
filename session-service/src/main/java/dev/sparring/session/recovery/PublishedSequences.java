package dev.sparring.session.recovery;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.session.state.SessionStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The highest sequence number published of each recent session this instance is the writer of. Read
 * from {@code sparring.session-events} when command partitions are assigned (a session's events sit in
 * the partition with the same number as its commands: same key, same partition count), for the
 * {@code sparring.session.recovery.lookback}, then kept up as this instance publishes.
 *
 * <p>Redis may come back from a failover or a restart with an older state than was published. Deciding
 * on it would hand out sequence numbers that clients already hold, and they would drop the new events
 * as duplicates. A session whose state in Redis is behind this figure is rebuilt from the log: the recent
 * ones at once, any other before its next command is decided. A session nothing was published of for
 * longer than the lookback is forgotten: Redis has long kept what it holds of it, and an instance that
 * runs for months keeps only the sessions of its last minutes.
 * Spring Boot wires this bean into the listener container factory as its rebalance listener.
 */
@Component
public class PublishedSequences implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(PublishedSequences.class);

    private final EventLog eventLog;
    private final SessionStore store;
    private final SessionRecovery recovery;
    private final RecoveryProperties properties;
    private final Clock clock;
    private final Map<String, Published> highest = new ConcurrentHashMap<>();
    /** The command partitions (and so event partitions: same number) this instance's consumers hold. */
    private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    PublishedSequences(EventLog eventLog, SessionStore store, SessionRecovery recovery, RecoveryProperties properties,
            Clock clock) {
        this.eventLog = eventLog;
        this.store = store;
        this.recovery = recovery;
        this.properties = properties;
        this.clock = clock;
    }

    /** 0 when nothing of the session was published within the lookback or since. */
    public long highest(String sessionId) {
        Published published = highest.get(sessionId);
        return published == null ? 0 : published.sequence();
    }

    public void published(List<EventEnvelope> events) {
        Instant now = clock.instant();
        for (EventEnvelope event : events) {
            remember(event.sessionId(), new Published(event.sequence(), now));
        }
    }

    /** Forgets the sessions nothing was published of within the lookback; how many it forgot. */
    @Scheduled(fixedDelayString = "${sparring.session.recovery.forget-interval:1m}")
    int forgetQuietSessions() {
        Instant before = clock.instant().minus(properties.lookback());
        int known = highest.size();
        highest.values().removeIf(published -> published.at().isBefore(before));
        return known - highest.size();
    }

    private void remember(String sessionId, Published published) {
        highest.merge(sessionId, published, Published::later);
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
    }

    /**
     * Rebuilds the sessions of this instance's partitions that were published within the lookback and
     * that Redis now holds behind the log: after Redis restarted or failed over while this instance kept
     * running (no partition assignment follows that). Safe beside the command path: a rebuild writes only
     * where Redis is behind, and a command stored meanwhile makes it a no-op.
     *
     * @return how many were rebuilt
     */
    public int rebuildRecentSessionsRedisLost() {
        if (owned.isEmpty() || highest.isEmpty() || closing) {
            return 0;
        }
        Function<String, Integer> partitionOf = eventLog.partitioner();
        Map<String, Published> recent = new HashMap<>();
        highest.forEach((session, published) -> {
            if (owned.contains(partitionOf.apply(session))) {
                recent.put(session, published);
            }
        });
        return rebuildWhatRedisLost(recent);
    }

    /** Runs on the consumer's thread before it fetches commands, so no command is decided before this. */
    @Override
    public void onPartitionsAssigned(Consumer<?, ?> commandConsumer, Collection<TopicPartition> partitions) {
        List<Integer> events = commandPartitions(partitions);
        owned.addAll(events);
        if (events.isEmpty() || properties.lookback().isZero() || closing) {
            return; // while the service stops, its consumers hand partitions to each other: no command follows
        }
        long started = System.nanoTime();
        Map<String, Published> recent = new HashMap<>();
        eventLog.read(events, clock.instant().minus(properties.lookback()), event -> recent.merge(event.sessionId(),
                new Published(event.sequence(), event.occurredAt()), Published::later));
        recent.forEach(this::remember);
        int rebuilt = rebuildWhatRedisLost(recent);
        log.info("Read the recent events of {} sessions of partitions {} in {} ms; rebuilt {} that Redis was behind on",
                recent.size(), events, (System.nanoTime() - started) / 1_000_000, rebuilt);
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> commandConsumer, Collection<TopicPartition> partitions) {
        commandPartitions(partitions).forEach(owned::remove);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> commandConsumer, Collection<TopicPartition> partitions) {
        commandPartitions(partitions).forEach(owned::remove);
    }

    private static List<Integer> commandPartitions(Collection<TopicPartition> partitions) {
        return partitions.stream()
                .filter(partition -> partition.topic().equals(Topics.SESSION_COMMANDS))
                .map(TopicPartition::partition)
                .toList();
    }

    /**
     * Sessions Redis holds behind the log are rebuilt now, not when their next command comes: until
     * then gateways would not admit new sockets to a session Redis lost, and its timers would not run.
     */
    private int rebuildWhatRedisLost(Map<String, Published> recent) {
        Map<String, Long> behind = new HashMap<>();
        recent.forEach((session, published) -> {
            long inRedis = store.version(session);
            if (inRedis < published.sequence()) {
                behind.put(session, inRedis);
            }
        });
        return behind.isEmpty() ? 0 : recovery.recoverAll(behind);
    }

    /** The highest sequence number published of a session, and when the latest of its events was. */
    private record Published(long sequence, Instant at) {

        Published later(Published other) {
            return new Published(Math.max(sequence, other.sequence),
                    at.isAfter(other.at) ? at : other.at);
        }
    }
}
