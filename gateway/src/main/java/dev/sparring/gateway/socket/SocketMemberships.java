package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.gateway.auth.SparringUser;
import dev.sparring.gateway.session.SessionAccess;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * A socket's role in each session it takes part in, looked up once per socket and session and then
 * kept with the socket: commands, the hot path, never wait for Redis to be authorized. A role in a
 * session does not change while the socket lives.
 */
@Component
public class SocketMemberships {

    private static final String ATTRIBUTE = "sparring.memberships";

    private final SessionAccess access;

    SocketMemberships(SessionAccess access) {
        this.access = access;
    }

    /** @throws dev.sparring.gateway.session.SessionRefusal when the user is not part of the session */
    public ParticipantRole roleIn(SimpMessageHeaderAccessor frame, SparringUser user, String sessionId) {
        Map<String, Object> attributes = frame.getSessionAttributes();
        if (attributes == null) {
            return access.join(user, sessionId).role();
        }
        @SuppressWarnings("unchecked")
        Map<String, ParticipantRole> known = (Map<String, ParticipantRole>) attributes
                .computeIfAbsent(ATTRIBUTE, key -> new ConcurrentHashMap<String, ParticipantRole>());
        return known.computeIfAbsent(sessionId, id -> access.join(user, id).role());
    }

    /** Sessions this socket took part in, with its role in each. */
    @SuppressWarnings("unchecked")
    static Map<String, ParticipantRole> of(Map<String, Object> attributes) {
        Object known = attributes == null ? null : attributes.get(ATTRIBUTE);
        return known == null ? Map.of() : (Map<String, ParticipantRole>) known;
    }

    static SparringUser user(SimpMessageHeaderAccessor frame) {
        return SparringUser.find(frame.getUser())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}
