package dev.sparring.evaluation.session;

import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.platform.redis.RedisKeyspace;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events of each session that matter for evaluation, kept by sequence number in a Redis hash
 * {@code {prefix}eval:{sessionId}:events} (sequence -> envelope JSON). Storing an event again under
 * its sequence changes nothing, so redeliveries and replays are harmless.
 */
@Component
public class EventArchive {

    private final StringRedisTemplate redis;
    private final RedisKeyspace keyspace;
    private final JsonMapper json;

    EventArchive(StringRedisTemplate redis, RedisKeyspace keyspace, JsonMapper json) {
        this.redis = redis;
        this.keyspace = keyspace;
        this.json = json;
    }

    void keep(EventEnvelope event) {
        redis.opsForHash().put(key(event.sessionId()), String.valueOf(event.sequence()), json.writeValueAsString(event));
    }

    /** The session's kept events in sequence order. */
    public List<EventEnvelope> events(String sessionId) {
        Map<Object, Object> stored = redis.opsForHash().entries(key(sessionId));
        return stored.values().stream()
                .map(value -> json.readValue((String) value, EventEnvelope.class))
                .sorted(Comparator.comparingLong(EventEnvelope::sequence))
                .toList();
    }

    private String key(String sessionId) {
        return keyspace.key("eval:{" + sessionId + "}:events");
    }
}
