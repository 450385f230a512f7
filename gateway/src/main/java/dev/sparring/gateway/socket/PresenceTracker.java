package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.PresenceStatus;
import dev.sparring.contracts.session.SessionCommand;
import dev.sparring.gateway.auth.SparringUser;
import dev.sparring.gateway.command.CommandGateway;
import dev.sparring.gateway.session.SessionAccess;
import dev.sparring.gateway.session.SessionRefusal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.messaging.SessionSubscribeEvent;

/**
 * Tells sessions who is there: a participant who subscribes to a session's events has joined it; one
 * who disconnects cleanly (a STOMP DISCONNECT, or a socket closed with 1000) has left; one whose
 * connection drops (a lost network, a closed laptop, a reload) is reconnecting, and counts as left only
 * if not back within the grace period.
 */
@Component
class PresenceTracker {

    private static final Logger log = LoggerFactory.getLogger(PresenceTracker.class);
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final CommandGateway commands;
    private final SocketMemberships memberships;

    PresenceTracker(CommandGateway commands, SocketMemberships memberships) {
        this.commands = commands;
        this.memberships = memberships;
    }

    @EventListener
    void subscribed(SessionSubscribeEvent event) {
        StompHeaderAccessor frame = StompHeaderAccessor.wrap(event.getMessage());
        String destination = frame.getDestination();
        if (destination == null || !PATHS.match(MessageAuthorization.EVENTS, destination)) {
            return;
        }
        String sessionId = PATHS.extractUriTemplateVariables(MessageAuthorization.EVENTS, destination).get("sessionId");
        SparringUser.find(event.getUser()).ifPresent(user -> {
            ParticipantRole role;
            try {
                // frames are authorized on another thread (receive order is preserved), so the
                // membership may not be known yet when this event is published
                role = memberships.roleIn(frame, user, sessionId);
            } catch (SessionRefusal refused) {
                return; // the subscription is refused too
            }
            report(sessionId, SessionAccess.actor(user, role), frame.getSessionId(), PresenceStatus.CONNECTED);
        });
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        StompHeaderAccessor frame = StompHeaderAccessor.wrap(event.getMessage());
        boolean goodbye = CloseStatus.NORMAL.equalsCode(event.getCloseStatus())
                || ExplicitDisconnects.saidGoodbye(frame.getSessionAttributes());
        PresenceStatus status = goodbye ? PresenceStatus.LEFT : PresenceStatus.RECONNECTING;
        SparringUser.find(event.getUser()).ifPresent(user -> {
            for (Map.Entry<String, ParticipantRole> joined : SocketMemberships.of(frame.getSessionAttributes())
                    .entrySet()) {
                report(joined.getKey(), SessionAccess.actor(user, joined.getValue()), event.getSessionId(), status);
            }
        });
    }

    /** Everyone in the session sees the ids in presence events: they say which tab, nothing more. */
    static String opaque(String connectionId) {
        return UUID.nameUUIDFromBytes(("connection/" + connectionId).getBytes(StandardCharsets.UTF_8)).toString()
                .substring(0, 13);
    }

    private void report(String sessionId, Actor participant, String connectionId, PresenceStatus status) {
        commands.send(sessionId, Actor.SYSTEM, connectionId, "presence/" + connectionId + "/" + status,
                new SessionCommand.UpdatePresence(participant, status, opaque(connectionId)))
                .exceptionally(failure -> {
                    log.warn("Presence {} of {} in session {} was not stored", status, participant.userId(), sessionId,
                            failure);
                    return null;
                });
    }
}
