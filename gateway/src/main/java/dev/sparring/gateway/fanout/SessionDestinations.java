package dev.sparring.gateway.fanout;

import dev.sparring.contracts.session.Audience;

/** The STOMP destinations a session's events are published to, one per audience. */
public final class SessionDestinations {

    private SessionDestinations() {
    }

    /** Events everybody in the session may see. */
    public static String everyone(String sessionId) {
        return "/topic/sessions/" + sessionId + "/events";
    }

    /** Events only interviewers may see. */
    public static String interviewers(String sessionId) {
        return "/topic/sessions/" + sessionId + "/interviewer-events";
    }

    static String of(Audience audience, String sessionId) {
        return audience == Audience.EVERYONE ? everyone(sessionId) : interviewers(sessionId);
    }
}
