package dev.sparring.session.state;

import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.platform.redis.RedisScripts;
import dev.sparring.platform.session.SessionKeys;
import dev.sparring.platform.session.SessionReader;
import dev.sparring.platform.session.StoredSessionState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A session's live state and recent events in Redis (key layout: {@link SessionKeys}). Every change
 * is one atomic Lua script ({@code scripts/apply-events.lua}) that applies a command at most once.
 */
@Component
public class SessionStore {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> APPLY =
            RedisScripts.fromClasspath("scripts/apply-events.lua", List.class);

    private static final RedisScript<Long> RESTORE =
            RedisScripts.fromClasspath("scripts/restore-session.lua", Long.class);

    private final StringRedisTemplate redis;
    private final SessionReader reader;
    private final SessionStoreProperties properties;
    private final JsonMapper json;
    private final StoredSessionState stored;

    SessionStore(StringRedisTemplate redis, SessionReader reader, SessionStoreProperties properties, JsonMapper json,
            StoredSessionState stored) {
        this.redis = redis;
        this.reader = reader;
        this.properties = properties;
        this.json = json;
        this.stored = stored;
    }

    public Optional<SessionState> load(String sessionId) {
        return reader.state(sessionId);
    }

    /** The session's sequence number in Redis (its state's version) without reading the state; 0 when absent. */
    public long version(String sessionId) {
        String seq = redis.opsForValue().get(reader.keys(sessionId).seq());
        return seq == null ? 0 : Long.parseLong(seq);
    }

    /** The events a command produced, if it was applied before. */
    public Optional<List<EventEnvelope>> appliedBefore(String sessionId, UUID commandId) {
        Object applied = redis.opsForHash().get(reader.keys(sessionId).applied(), commandId.toString());
        if (applied == null) {
            return Optional.empty();
        }
        String[] range = ((String) applied).split(":");
        long first = Long.parseLong(range[0]);
        return Optional.of(reader.events(sessionId, first, first + Long.parseLong(range[1]) - 1));
    }

    /**
     * Stores {@code newState} and {@code events} as the outcome of {@code commandId}, if the session
     * is still at {@code expectedVersion} and the command was not applied before.
     *
     * @param events numbered {@code expectedVersion + 1} onwards
     */
    public Stored store(String sessionId, UUID commandId, long expectedVersion, SessionState newState,
            List<EventEnvelope> events) {
        SessionKeys keys = reader.keys(sessionId);
        List<String> args = new ArrayList<>();
        args.add(commandId.toString());
        args.add(String.valueOf(expectedVersion));
        args.add(String.valueOf(properties.window()));
        args.add(String.valueOf(properties.retention().toSeconds()));
        args.add(newState == null ? "" : stored.state(newState));
        // the kit never changes after the session's first event, so it is written with that one only
        args.add(newState == null || expectedVersion > 0 ? "" : stored.kit(newState.kit()));
        args.add(String.valueOf(events.size()));
        for (EventEnvelope event : events) {
            args.add(event.id().toString());
            args.add(event.occurredAt().toString());
            args.add(event.audience().name());
            args.add(eventJson(event));
        }
        List<?> result = redis.execute(APPLY, keys.all(), args.toArray());
        long status = ((Number) result.get(0)).longValue();
        if (status == -1) {
            return new Stored.Conflict(((Number) result.get(1)).longValue());
        }
        if (status == 1) {
            return new Stored.Applied(events);
        }
        long first = ((Number) result.get(1)).longValue();
        int count = ((Number) result.get(2)).intValue();
        return new Stored.Duplicate(reader.events(sessionId, first, first + count - 1));
    }

    /**
     * Stores a session rebuilt from its event log, unless Redis holds that version or a newer one.
     *
     * @param events all of the session's events, in order; the last {@code window} are kept
     * @return whether it was stored
     */
    public boolean restore(SessionState state, List<EventEnvelope> events) {
        SessionKeys keys = reader.keys(state.sessionId());
        List<String> args = new ArrayList<>();
        args.add(String.valueOf(state.version()));
        args.add(String.valueOf(properties.window()));
        args.add(String.valueOf(properties.retention().toSeconds()));
        args.add(stored.state(state));
        args.add(stored.kit(state.kit()));
        // the events of one command are consecutive: command id -> "first:count", as apply-events.lua keeps it
        Map<UUID, long[]> applied = new LinkedHashMap<>();
        for (EventEnvelope event : events) {
            applied.computeIfAbsent(event.commandId(), id -> new long[] {event.sequence(), 0})[1]++;
        }
        args.add(String.valueOf(applied.size()));
        applied.forEach((command, range) -> {
            args.add(command.toString());
            args.add(range[0] + ":" + range[1]);
        });
        List<EventEnvelope> kept = events.subList(Math.max(0, events.size() - properties.window()), events.size());
        args.add(String.valueOf(kept.size()));
        for (EventEnvelope event : kept) {
            args.add(String.valueOf(event.sequence()));
            args.add(event.id().toString());
            args.add(event.occurredAt().toString());
            args.add(event.commandId().toString());
            args.add(event.audience().name());
            args.add(eventJson(event));
        }
        return Long.valueOf(1).equals(redis.execute(RESTORE, keys.all(), args.toArray()));
    }

    /** An event's payload as the stream entry keeps it (the reader parses it back as a SessionEvent). */
    private String eventJson(EventEnvelope event) {
        return json.writerFor(SessionEvent.class).writeValueAsString(event.event());
    }
}
