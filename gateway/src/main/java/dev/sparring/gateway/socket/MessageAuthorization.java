package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.gateway.auth.SparringUser;
import dev.sparring.gateway.session.SessionRefusal;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.messaging.access.intercept.MessageAuthorizationContext;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;

/**
 * Authorizes every inbound STOMP frame, not just the connection: a socket may subscribe only to the
 * destinations of sessions it is part of (the interviewer stream only as an interviewer), SEND only
 * to the application's session destinations (where the controller checks membership and role per
 * command), never to a broker destination (nobody can pose as the server), and anything not listed
 * is denied.
 */
final class MessageAuthorization {

    static final String EVENTS = "/topic/sessions/{sessionId}/events";
    static final String INTERVIEWER_EVENTS = "/topic/sessions/{sessionId}/interviewer-events";
    static final String COMMANDS = "/app/sessions/{sessionId}/commands";
    static final String RESUME = "/app/sessions/{sessionId}/resume";

    private MessageAuthorization() {
    }

    static AuthorizationManager<Message<?>> rules(SocketMemberships memberships) {
        return MessageMatcherDelegatingAuthorizationManager.builder()
                .simpTypeMatchers(SimpMessageType.CONNECT, SimpMessageType.HEARTBEAT, SimpMessageType.UNSUBSCRIBE,
                        SimpMessageType.DISCONNECT).authenticated()
                .simpSubscribeDestMatchers("/user/queue/errors", "/user/queue/replay", "/user/queue/scores").authenticated()
                .simpSubscribeDestMatchers(EVENTS).access(member(memberships, role -> true))
                .simpSubscribeDestMatchers(INTERVIEWER_EVENTS)
                .access(member(memberships, role -> role == ParticipantRole.INTERVIEWER))
                // membership is checked by the controller, which answers an unknown or foreign
                // session with an error message and keeps the connection open
                .simpMessageDestMatchers(COMMANDS, RESUME).authenticated()
                .anyMessage().denyAll()
                .build();
    }

    private static AuthorizationManager<MessageAuthorizationContext<?>> member(SocketMemberships memberships,
            Predicate<ParticipantRole> allowed) {
        return (authentication, context) -> {
            Optional<SparringUser> user = SparringUser.find(authentication.get());
            String sessionId = context.getVariables().get("sessionId");
            if (user.isEmpty() || sessionId == null) {
                return new AuthorizationDecision(false);
            }
            try {
                SimpMessageHeaderAccessor frame = SimpMessageHeaderAccessor.wrap(context.getMessage());
                return new AuthorizationDecision(allowed.test(memberships.roleIn(frame, user.get(), sessionId)));
            } catch (SessionRefusal refused) {
                return new AuthorizationDecision(false);
            }
        };
    }
}
