package dev.sparring.evaluation.report;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.report.ReportPublished;
import dev.sparring.evaluation.session.SessionEventListener;
import dev.sparring.platform.redis.RedisKeyspace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds the Redis view of reports from the compacted {@code sparring.reports} topic, which
 * keeps every version: at startup when the view is missing (Redis lost its data), and on demand.
 */
@Component
public class ReportRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ReportRebuilder.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final ConsumerFactory<Object, Object> consumers;
    private final KafkaListenerEndpointRegistry listeners;
    private final ReportView view;
    private final StringRedisTemplate redis;
    private final String completeMarker;
    private final JsonMapper json;

    ReportRebuilder(ConsumerFactory<Object, Object> consumers, ReportView view, StringRedisTemplate redis,
            RedisKeyspace keyspace, JsonMapper json, KafkaListenerEndpointRegistry listeners) {
        this.listeners = listeners;
        this.consumers = consumers;
        this.view = view;
        this.redis = redis;
        this.completeMarker = keyspace.key("reports:view-complete");
        this.json = json;
    }

    /**
     * Rebuilds a missing view before the session events are consumed: a report made from a live
     * event before the rebuild would be numbered from 1 again and overwrite a stored version.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfMissingThenConsume() {
        Thread starter = new Thread(this::untilReady, "report-view-rebuild");
        starter.setDaemon(true);
        starter.start();
    }

    /** Keeps trying while Redis or Kafka are unreachable; the service stays up and reports DOWN meanwhile. */
    private void untilReady() {
        Duration pause = Duration.ofSeconds(1);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (!Boolean.TRUE.equals(redis.hasKey(completeMarker))) {
                    int versions = rebuild();
                    log.info("Rebuilt the report view from {}: {} versions", Topics.REPORTS, versions);
                }
                listeners.getListenerContainer(SessionEventListener.LISTENER_ID).start();
                return;
            } catch (RuntimeException unreachable) {
                log.warn("Cannot check the report view yet ({}); retrying in {}", unreachable.getMessage(), pause);
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** Reads the whole topic and stores every version; returns how many were read. */
    public int rebuild() {
        int read = 0;
        try (Consumer<Object, Object> consumer = consumers.createConsumer("evaluation-report-rebuild", "rebuild")) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REPORTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<Object, Object> record : consumer.poll(POLL)) {
                    if (record.value() instanceof ReportPublished published) {
                        view.store(published, digestOf(published));
                        read++;
                    }
                }
            }
        }
        redis.opsForValue().set(completeMarker, "true");
        return read;
    }

    /** The digest the live path stored: of the report's content with its version left out. */
    private String digestOf(ReportPublished published) {
        SessionReport report = json.readValue(published.report(), SessionReport.class);
        return ReportPublisher.digest(json.writeValueAsString(report.withVersion(0)));
    }
}
