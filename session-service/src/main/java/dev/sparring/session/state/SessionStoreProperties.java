package dev.sparring.session.state;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param window how many recent events a session keeps in Redis for resuming clients and
 *     re-emission (trimmed exactly, so a client further behind gets a snapshot)
 * @param retention how long a session's keys live after its last change
 * @param ownedStates how many sessions' states the command path keeps in memory ({@link OwnedStates});
 *     0 reads every state from Redis
 */
@ConfigurationProperties("sparring.session.store")
public record SessionStoreProperties(@DefaultValue("2000") int window, @DefaultValue("7d") Duration retention,
        @DefaultValue("2000") int ownedStates) {
}
