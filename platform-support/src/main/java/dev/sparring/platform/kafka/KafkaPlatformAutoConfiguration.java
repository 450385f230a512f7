package dev.sparring.platform.kafka;

import dev.sparring.contracts.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka wiring every Sparring service shares: the declared topics, bounded retry followed by the
 * dead-letter topic, and a health check that notices a lost broker.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(PlatformKafkaProperties.class)
public class KafkaPlatformAutoConfiguration {

    static final String DEAD_LETTERED_METRIC = "sparring.kafka.dead-lettered";

    @Bean
    KafkaAdmin.NewTopics sparringTopics(PlatformKafkaProperties properties) {
        NewTopic[] topics = Topics.all().stream()
                .map(spec -> {
                    TopicBuilder builder = TopicBuilder.name(spec.name())
                            .partitions(spec.partitions())
                            .replicas(properties.replicationFactor());
                    if (spec.retention() == Topics.Retention.COMPACTED) {
                        builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
                    } else if (spec.retention() == Topics.Retention.FOREVER) {
                        builder.config(TopicConfig.RETENTION_MS_CONFIG, "-1");
                    }
                    return builder.build();
                })
                .toArray(NewTopic[]::new);
        return new KafkaAdmin.NewTopics(topics);
    }

    /**
     * Redelivers a failing record with a growing pause for a bounded time, then publishes it to
     * {@code <topic>-dlt} and counts it. A record that cannot even be deserialized skips the retries
     * and is published with its original bytes.
     */
    @Bean
    CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<?, ?> template, ProducerFactory<?, ?> producerFactory,
            PlatformKafkaProperties properties, ObjectProvider<MeterRegistry> meterRegistry) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(byte[].class, new KafkaTemplate<>(producerFactory,
                Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
        templates.put(Object.class, template);
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(templates);
        MeterRegistry registry = meterRegistry.getIfAvailable();
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
        backOff.setMaxElapsedTime(properties.retryMaxElapsed().toMillis());
        return new DefaultErrorHandler((record, failure) -> {
            if (registry != null) {
                Counter.builder(DEAD_LETTERED_METRIC)
                        .description("Records published to a dead-letter topic after failing")
                        .tag("topic", record.topic())
                        .register(registry)
                        .increment();
            }
            publisher.accept(record, failure);
        }, backOff);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin, PlatformKafkaProperties properties) {
        return new KafkaHealthIndicator(admin.getConfigurationProperties(), properties.healthTimeout());
    }
}
