package dev.sparring.gateway.session;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.gateway.auth.SparringUser;
import dev.sparring.platform.session.SessionReader;
import org.springframework.stereotype.Component;

/**
 * Who may take part in a session, and as what: the candidate its invite names, and the members of
 * the hiring team that owns it (as interviewers). Everybody else, including interviewers of other
 * teams, is refused.
 */
@Component
public class SessionAccess {

    private final SessionReader sessions;

    SessionAccess(SessionReader sessions) {
        this.sessions = sessions;
    }

    /** The session and the caller's role in it. */
    public Membership join(SparringUser user, String sessionId) {
        SessionState state = sessions.state(sessionId)
                .orElseThrow(() -> new SessionRefusal(ErrorCode.UNKNOWN_SESSION, "no session " + sessionId));
        return new Membership(state, roleOf(user, state));
    }

    /** The caller's role in a session whose state is known. */
    public static ParticipantRole roleOf(SparringUser user, SessionState state) {
        if (!user.mayAccessSession(state.sessionId(), state.teamId())) {
            throw new SessionRefusal(ErrorCode.FORBIDDEN, "you are not part of session " + state.sessionId());
        }
        return user.isCandidate() ? ParticipantRole.CANDIDATE : ParticipantRole.INTERVIEWER;
    }

    public static Actor actor(SparringUser user, ParticipantRole role) {
        return new Actor(user.userId(), user.displayName() == null ? user.userId() : user.displayName(), role);
    }

    /** A caller's place in a session. */
    public record Membership(SessionState state, ParticipantRole role) {
    }
}
