package dev.sparring.platform.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform declares topics and treats failed records.
 *
 * @param replicationFactor replicas per topic: 1 on one broker, 3 on a production cluster
 * @param retryInterval the first pause before a failing record is redelivered; each next pause
 *     doubles, up to {@code retryMaxInterval}
 * @param retryMaxElapsed how long a record is retried before it goes to the dead-letter topic: long
 *     enough to ride out a Redis failover or a broker restart, so an accepted command is not
 *     dead-lettered by a short outage
 * @param healthTimeout how long the health check waits for the cluster to answer
 */
@ConfigurationProperties("sparring.kafka")
public record PlatformKafkaProperties(
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("200ms") Duration retryInterval,
        @DefaultValue("5s") Duration retryMaxInterval,
        @DefaultValue("60s") Duration retryMaxElapsed,
        @DefaultValue("2s") Duration healthTimeout) {
}
