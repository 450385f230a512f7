package dev.sparring.session.timer;

import dev.sparring.contracts.session.SessionState;
import dev.sparring.platform.redis.RedisKeyspace;
import dev.sparring.platform.redis.RedisScripts;
import dev.sparring.session.rules.Deadlines;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Which sessions wait for a deadline, and when the next one is due: one Redis sorted set
 * {@code {prefix}{deadlines}} shared by all instances (member session id, score due time). It is
 * rewritten from the session's state after every command, so it can always be rebuilt from state.
 */
@Component
public class DeadlineRegistry {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> CLAIM =
            RedisScripts.fromClasspath("scripts/claim-deadlines.lua", List.class);

    private final StringRedisTemplate redis;
    private final String key;
    private final TimerProperties properties;
    private final Clock clock;

    DeadlineRegistry(StringRedisTemplate redis, RedisKeyspace keyspace, TimerProperties properties, Clock clock) {
        this.redis = redis;
        this.key = keyspace.key("{deadlines}");
        this.properties = properties;
        this.clock = clock;
    }

    /** Records the session's next deadline, or forgets the session when it waits for none. */
    public void refresh(String sessionId, SessionState state) {
        Optional<java.time.Instant> next = state == null ? Optional.empty()
                : Deadlines.next(state, properties.reconnectGrace());
        if (next.isPresent()) {
            redis.opsForZSet().add(key, sessionId, next.get().toEpochMilli());
        } else {
            redis.opsForZSet().remove(key, sessionId);
        }
    }

    /** Sessions whose next deadline has passed, hidden from other instances for the lease. */
    @SuppressWarnings("unchecked")
    List<String> claimDue(int batch) {
        return (List<String>) redis.execute(CLAIM, List.of(key), String.valueOf(clock.millis()),
                String.valueOf(properties.claimLease().toMillis()), String.valueOf(batch));
    }
}
