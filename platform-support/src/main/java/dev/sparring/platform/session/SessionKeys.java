package dev.sparring.platform.session;

import dev.sparring.platform.redis.RedisKeyspace;
import java.util.List;

/**
 * The Redis key layout of one session, in one place: the session-service writes these keys (it is
 * their single writer), gateways read them to serve snapshots and resume. The session id sits in a
 * hash tag ({@code {...}}) so all keys of a session map to one Redis Cluster slot and one Lua script
 * may update them together.
 *
 * <pre>
 * {prefix}session:{id}:state     string  the session's state as JSON (SessionState), without its kit
 * {prefix}session:{id}:kit       string  the session's interview kit as JSON, written once at creation
 * {prefix}session:{id}:seq       string  sequence number of the last event = the state's version
 * {prefix}session:{id}:events    stream  recent events; entry id {@code <sequence>-0}
 * {prefix}session:{id}:applied   hash    command id -> "firstSequence:count" of the events it produced
 * {prefix}team:{team}:sessions   zset    the team's session ids, scored by creation time (epoch millis)
 * </pre>
 */
public final class SessionKeys {

    private final String state;
    private final String kit;
    private final String seq;
    private final String events;
    private final String applied;

    public SessionKeys(RedisKeyspace keyspace, String sessionId) {
        String base = keyspace.key("session:{" + sessionId + "}:");
        this.state = base + "state";
        this.kit = base + "kit";
        this.seq = base + "seq";
        this.events = base + "events";
        this.applied = base + "applied";
    }

    /** The index of a team's sessions; in a slot of its own, so written apart from the session's script. */
    public static String teamSessions(RedisKeyspace keyspace, String teamId) {
        return keyspace.key("team:{" + teamId + "}:sessions");
    }

    public String state() {
        return state;
    }

    public String kit() {
        return kit;
    }

    public String seq() {
        return seq;
    }

    public String events() {
        return events;
    }

    public String applied() {
        return applied;
    }

    /** In the order the session-service's apply script expects them as KEYS. */
    public List<String> all() {
        return List.of(state, seq, events, applied, kit);
    }
}
