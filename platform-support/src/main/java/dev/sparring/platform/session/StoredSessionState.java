package dev.sparring.platform.session;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.session.SessionState;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a session's state is kept in Redis: the state without its interview kit under
 * {@link SessionKeys#state()}, the kit once, when the session is created, under {@link SessionKeys#kit()}.
 * A kit is tens of kilobytes and never changes after creation; written again with every command, it
 * took most of the session-service's CPU (see docs/benchmark.md).
 */
public final class StoredSessionState {

    @JsonIgnoreProperties("kit")
    private abstract static class WithoutKit {
    }

    private final JsonMapper json;
    private final JsonMapper withoutKit;

    public StoredSessionState(JsonMapper json) {
        this.json = json;
        this.withoutKit = json.rebuild().addMixIn(SessionState.class, WithoutKit.class).build();
    }

    public String state(SessionState state) {
        return withoutKit.writeValueAsString(state);
    }

    public String kit(InterviewKit kit) {
        return json.writeValueAsString(kit);
    }

    public SessionState read(String sessionId, String state, String kit) {
        if (kit == null) {
            throw new IllegalStateException("session " + sessionId + " has a state but no kit in Redis: it was "
                    + "stored by a Sparring before 0.1.0 kept kits apart (start the local platform with --fresh)");
        }
        return withoutKit.readValue(state, SessionState.class).withKit(json.readValue(kit, InterviewKit.class));
    }
}
