package dev.sparring.session.recovery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param lookback how far back, when it takes over command partitions, an instance reads what was
 *     published: at least as long as Redis can lose writes for (the snapshot interval, a failover);
 *     0 turns the check off
 * @param scanLimit how long that read may take before the assignment fails and is retried
 */
@ConfigurationProperties("sparring.session.recovery")
public record RecoveryProperties(@DefaultValue("15m") Duration lookback, @DefaultValue("2m") Duration scanLimit) {
}
