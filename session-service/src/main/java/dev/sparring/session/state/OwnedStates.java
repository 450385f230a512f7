package dev.sparring.session.state;

import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.session.SessionState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The last state this instance stored for each of the sessions it wrote most recently, so the next
 * command of a session is decided without reading and parsing its state (kit included) from Redis.
 *
 * <p>Safe because the store checks versions: a remembered state that is no longer current (the
 * session's partition moved to another instance and back, or Redis lost it) makes the write conflict,
 * the caller forgets it and decides again on the state read from Redis. Only the command path may use
 * it; anything that needs the state as it is now (the deadline scheduler, which also looks at sessions
 * this instance does not own) reads Redis.
 */
@Component
public class OwnedStates {

    /** Distinct kits in use; sessions of one kit share its instance instead of a copy each (~100 KiB). */
    private static final int KITS = 64;

    private final Map<String, SessionState> states;
    private final Map<KitKey, InterviewKit> kits;

    OwnedStates(SessionStoreProperties properties) {
        this.states = lru(properties.ownedStates());
        this.kits = lru(KITS);
    }

    private record KitKey(String teamId, String id, int version) {
    }

    public synchronized Optional<SessionState> get(String sessionId) {
        return Optional.ofNullable(states.get(sessionId));
    }

    public synchronized void remember(SessionState state) {
        states.put(state.sessionId(), withSharedKit(state));
    }

    public synchronized void forget(String sessionId) {
        states.remove(sessionId);
    }

    synchronized int size() {
        return states.size();
    }

    private SessionState withSharedKit(SessionState state) {
        InterviewKit kit = state.kit();
        if (kit == null) {
            return state;
        }
        KitKey key = new KitKey(kit.teamId(), kit.id(), kit.version());
        InterviewKit shared = kits.get(key);
        if (shared == kit) {
            return state;
        }
        // equal content, not only the same id and version: two gateways could once publish one version twice
        if (shared != null && shared.equals(kit)) {
            return state.withKit(shared);
        }
        kits.put(key, kit);
        return state;
    }

    private static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(Math.max(16, capacity / 4), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
