package dev.sparring.session.log;

import dev.sparring.platform.redis.RedisKeyspace;
import java.util.List;

/**
 * The Redis key layout of one session, in one place. The session id sits in a hash tag
 * ({@code {...}}) so that all keys of a session map to one Redis Cluster slot and a Lua script may
 * touch them together.
 *
 * <pre>
 * {prefix}session:{id}:seq       string  last sequence number assigned
 * {prefix}session:{id}:events    stream  recent events; entry id {@code <sequence>-0}
 * {prefix}session:{id}:applied   hash    command id -> "firstSequence:count" of the events it produced
 * </pre>
 */
final class SessionKeys {

    private final String seq;
    private final String events;
    private final String applied;

    SessionKeys(RedisKeyspace keyspace, String sessionId) {
        String base = keyspace.key("session:{" + sessionId + "}:");
        this.seq = base + "seq";
        this.events = base + "events";
        this.applied = base + "applied";
    }

    String events() {
        return events;
    }

    /** In the order the append script expects them as KEYS. */
    List<String> forAppend() {
        return List.of(seq, events, applied);
    }
}
