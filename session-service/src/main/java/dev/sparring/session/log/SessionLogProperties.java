package dev.sparring.session.log;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param window how many recent events a session keeps in Redis for reconnecting clients and
 *     re-emission (trimmed approximately, so a little more may stay)
 * @param retention how long a session's keys live after its last event
 */
@ConfigurationProperties("sparring.session.log")
public record SessionLogProperties(@DefaultValue("2000") int window, @DefaultValue("7d") Duration retention) {
}
