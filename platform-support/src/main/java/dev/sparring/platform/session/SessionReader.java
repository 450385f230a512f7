package dev.sparring.platform.session;

import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.platform.redis.RedisKeyspace;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamInfo;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the session-service keeps of a session in Redis: its state and its recent events.
 * Read-only; the session-service alone writes these keys.
 */
public class SessionReader {

    private final StringRedisTemplate redis;
    private final RedisKeyspace keyspace;
    private final JsonMapper json;
    private final StoredSessionState stored;

    public SessionReader(StringRedisTemplate redis, RedisKeyspace keyspace, JsonMapper json, StoredSessionState stored) {
        this.redis = redis;
        this.keyspace = keyspace;
        this.json = json;
        this.stored = stored;
    }

    public Optional<SessionState> state(String sessionId) {
        SessionKeys keys = keys(sessionId);
        // one slot (the keys share the session's hash tag), so one round trip even on a cluster
        List<String> values = redis.opsForValue().multiGet(List.of(keys.state(), keys.kit()));
        String state = values == null ? null : values.get(0);
        return state == null ? Optional.empty() : Optional.of(stored.read(sessionId, state, values.get(1)));
    }

    /** Events with sequence numbers {@code from} to {@code to}, both included, that are still in the window. */
    public List<EventEnvelope> events(String sessionId, long from, long to) {
        if (from > to) {
            return List.of();
        }
        List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                .range(keys(sessionId).events(), Range.closed(from + "-0", to + "-0"));
        return records == null ? List.of() : records.stream().map(record -> toEnvelope(sessionId, record)).toList();
    }

    /** The lowest sequence number still in the window, or empty when the session has no events kept. */
    public Optional<Long> oldestKept(String sessionId) {
        String key = keys(sessionId).events();
        if (!Boolean.TRUE.equals(redis.hasKey(key))) {
            return Optional.empty();
        }
        StreamInfo.XInfoStream info = redis.opsForStream().info(key);
        return info.streamLength() == 0 ? Optional.empty()
                : Optional.of(Long.parseLong(info.firstEntryId().split("-")[0]));
    }

    /** The team's session ids, newest first. */
    public List<String> sessionsOfTeam(String teamId, int limit) {
        java.util.Set<String> ids = redis.opsForZSet()
                .reverseRange(SessionKeys.teamSessions(keyspace, teamId), 0, limit - 1L);
        return ids == null ? List.of() : List.copyOf(ids);
    }

    public SessionKeys keys(String sessionId) {
        return new SessionKeys(keyspace, sessionId);
    }

    private EventEnvelope toEnvelope(String sessionId, MapRecord<String, Object, Object> record) {
        Map<Object, Object> fields = record.getValue();
        return new EventEnvelope(
                UUID.fromString((String) fields.get("id")),
                sessionId,
                record.getId().getTimestamp(),
                Instant.parse((String) fields.get("occurredAt")),
                UUID.fromString((String) fields.get("command")),
                Audience.valueOf((String) fields.get("audience")),
                json.readValue((String) fields.get("event"), SessionEvent.class));
    }
}
