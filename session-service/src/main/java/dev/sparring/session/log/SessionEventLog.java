package dev.sparring.session.log;

import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.platform.redis.RedisKeyspace;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A session's event log in Redis: the per-session sequence and the recent events, appended
 * atomically and at most once per command id (see {@code scripts/append-events.lua}).
 */
@Component
public class SessionEventLog {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> APPEND =
            RedisScript.of(new ClassPathResource("scripts/append-events.lua"), List.class);

    private final StringRedisTemplate redis;
    private final RedisKeyspace keyspace;
    private final SessionLogProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    SessionEventLog(StringRedisTemplate redis, RedisKeyspace keyspace, SessionLogProperties properties,
            JsonMapper json, Clock clock) {
        this.redis = redis;
        this.keyspace = keyspace;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Records the events of a command, or returns those recorded when it was applied before. */
    public Appended append(CommandEnvelope command, List<PendingEvent> events) {
        SessionKeys keys = new SessionKeys(keyspace, command.sessionId());
        Instant now = clock.instant();
        List<String> args = new ArrayList<>();
        args.add(command.id().toString());
        args.add(String.valueOf(properties.window()));
        args.add(String.valueOf(properties.retention().toSeconds()));
        args.add(String.valueOf(events.size()));
        for (int i = 0; i < events.size(); i++) {
            PendingEvent event = events.get(i);
            args.add(eventId(command.id(), i).toString());
            args.add(now.toString());
            args.add(event.audience().name());
            args.add(json.writerFor(SessionEvent.class).writeValueAsString(event.event()));
        }
        List<?> result = redis.execute(APPEND, keys.forAppend(), args.toArray());
        boolean firstTime = ((Number) result.get(0)).longValue() == 1;
        long first = ((Number) result.get(1)).longValue();
        int count = ((Number) result.get(2)).intValue();
        if (firstTime) {
            List<EventEnvelope> recorded = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                PendingEvent event = events.get(i);
                recorded.add(new EventEnvelope(eventId(command.id(), i), command.sessionId(), first + i, now,
                        command.id(), event.audience(), event.event()));
            }
            return new Appended(true, recorded);
        }
        return new Appended(false, count == 0 ? List.of() : read(command.sessionId(), first, first + count - 1));
    }

    /** The events with sequence numbers from {@code from} to {@code to}, both included, still in the window. */
    public List<EventEnvelope> read(String sessionId, long from, long to) {
        SessionKeys keys = new SessionKeys(keyspace, sessionId);
        List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                .range(keys.events(), Range.closed(from + "-0", to + "-0"));
        if (records == null) {
            return List.of();
        }
        return records.stream().map(record -> toEnvelope(sessionId, record)).toList();
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

    /** Deterministic, so an event re-emitted after a redelivery carries the id it had the first time. */
    static UUID eventId(UUID commandId, int index) {
        return UUID.nameUUIDFromBytes((commandId + "/" + index).getBytes(StandardCharsets.UTF_8));
    }
}
