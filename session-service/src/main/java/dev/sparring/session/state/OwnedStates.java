package dev.sparring.session.state;

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

    private final Map<String, SessionState> states;

    OwnedStates(SessionStoreProperties properties) {
        int capacity = properties.ownedStates();
        this.states = new LinkedHashMap<>(Math.max(16, capacity / 4), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SessionState> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Optional<SessionState> get(String sessionId) {
        return Optional.ofNullable(states.get(sessionId));
    }

    public synchronized void remember(SessionState state) {
        states.put(state.sessionId(), state);
    }

    public synchronized void forget(String sessionId) {
        states.remove(sessionId);
    }

    synchronized int size() {
        return states.size();
    }
}
