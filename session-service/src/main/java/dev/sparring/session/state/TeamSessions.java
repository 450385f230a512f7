package dev.sparring.session.state;

import dev.sparring.platform.redis.RedisKeyspace;
import dev.sparring.platform.session.SessionKeys;
import java.time.Instant;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The index of each team's sessions that the gateway lists interviews from. Adding is idempotent,
 * so the redelivery of a session's first command repairs an index entry a crash left out.
 */
@Component
public class TeamSessions {

    private final StringRedisTemplate redis;
    private final RedisKeyspace keyspace;

    TeamSessions(StringRedisTemplate redis, RedisKeyspace keyspace) {
        this.redis = redis;
        this.keyspace = keyspace;
    }

    public void add(String teamId, String sessionId, Instant createdAt) {
        redis.opsForZSet().add(SessionKeys.teamSessions(keyspace, teamId), sessionId, createdAt.toEpochMilli());
    }
}
