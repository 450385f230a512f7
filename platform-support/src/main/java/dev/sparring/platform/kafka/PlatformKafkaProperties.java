package dev.sparring.platform.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform declares topics and treats failed records.
 *
 * @param replicationFactor replicas per topic: 1 on one broker, 3 on a production cluster
 * @param retryAttempts redeliveries of a failing record before it goes to the dead-letter topic
 * @param retryInterval pause between redeliveries
 * @param healthTimeout how long the health check waits for the cluster to answer
 */
@ConfigurationProperties("sparring.kafka")
public record PlatformKafkaProperties(
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("3") int retryAttempts,
        @DefaultValue("200ms") Duration retryInterval,
        @DefaultValue("2s") Duration healthTimeout) {
}
