package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.SessionState;
import dev.sparring.gateway.auth.SparringUser;
import dev.sparring.gateway.command.CommandGateway;
import dev.sparring.gateway.command.CommandPolicy;
import dev.sparring.gateway.session.SessionAccess;
import dev.sparring.gateway.session.SessionRefusal;
import dev.sparring.gateway.session.SessionViews;
import dev.sparring.platform.session.SessionReader;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.stereotype.Controller;

/**
 * What clients SEND over STOMP: commands for a session, and resume requests after a reconnect.
 * Authorization of the destination happened already (see {@link MessageAuthorization});
 * here the role decides which commands are allowed.
 */
@Controller
class SessionSocketController {

    private static final Logger log = LoggerFactory.getLogger(SessionSocketController.class);

    private final CommandGateway commands;
    private final SocketMemberships memberships;
    private final SessionReader sessions;
    private final ConnectionMessages connections;
    private final ClientFrames frames;
    private final Clock clock;

    SessionSocketController(CommandGateway commands, SocketMemberships memberships, SessionReader sessions,
            ConnectionMessages connections, ClientFrames frames, Clock clock) {
        this.commands = commands;
        this.memberships = memberships;
        this.sessions = sessions;
        this.connections = connections;
        this.frames = frames;
        this.clock = clock;
    }

    @MessageMapping("/sessions/{sessionId}/commands")
    void command(@DestinationVariable String sessionId, ClientCommand body, Message<?> message) {
        StompHeaderAccessor frame = StompHeaderAccessor.wrap(message);
        SparringUser user = SocketMemberships.user(frame);
        if (body.commandId() == null || body.commandId().isBlank() || body.commandId().length() > 100
                || body.command() == null) {
            throw new SessionRefusal(ErrorCode.INVALID_VALUE, "a command needs a commandId (1 to 100 characters) "
                    + "and a command");
        }
        ParticipantRole role;
        try {
            role = memberships.roleIn(frame, user, sessionId);
        } catch (SessionRefusal refusal) {
            connections.error(user.userId(), frame.getSessionId(), ClientError.of(refusal.code(),
                    refusal.getMessage(), sessionId, body.commandId()));
            return;
        }
        Optional<CommandPolicy.Refused> refused = CommandPolicy.check(role, body.command());
        if (refused.isPresent()) {
            connections.error(user.userId(), frame.getSessionId(), ClientError.of(refused.get().code(),
                    refused.get().message(), sessionId, body.commandId()));
            return;
        }
        String connectionId = frame.getSessionId();
        String receipt = frame.getReceipt();
        commands.send(sessionId, SessionAccess.actor(user, role), connectionId, body.commandId(), body.command())
                .whenComplete((id, failure) -> {
                    if (failure == null) {
                        frames.receipt(connectionId, receipt);
                    } else {
                        log.warn("Command {} of session {} was not stored", body.commandId(), sessionId, failure);
                        connections.error(user.userId(), connectionId, ClientError.of(ErrorCode.UNAVAILABLE,
                                "the command could not be stored; send it again with the same commandId", sessionId,
                                body.commandId()));
                    }
                });
    }

    /**
     * Answers with the events the client missed, filtered for its role, or with a snapshot when the
     * session no longer keeps them all. The client subscribes first and resumes second, dropping live
     * events it receives twice (by sequence number).
     */
    @MessageMapping("/sessions/{sessionId}/resume")
    void resume(@DestinationVariable String sessionId, ResumeRequest request, Message<?> message) {
        StompHeaderAccessor frame = StompHeaderAccessor.wrap(message);
        SparringUser user = SocketMemberships.user(frame);
        ParticipantRole role = memberships.roleIn(frame, user, sessionId);
        SessionState state = sessions.state(sessionId)
                .orElseThrow(() -> new SessionRefusal(ErrorCode.UNKNOWN_SESSION, "no session " + sessionId));
        long after = Math.max(0, request.afterSequence());
        Optional<Long> oldest = sessions.oldestKept(sessionId);
        boolean gap = after < state.version() && (oldest.isEmpty() || oldest.get() > after + 1);
        Replay replay;
        if (gap) {
            replay = new Replay(sessionId, after, state.version(), List.of(),
                    SessionViews.forRole(role, state, user.userId(), clock.instant()));
        } else {
            List<EventEnvelope> missed = sessions.events(sessionId, after + 1, state.version()).stream()
                    .filter(event -> event.audience().admits(role))
                    .filter(event -> SessionViews.visibleTo(event, user.userId()))
                    .toList();
            replay = new Replay(sessionId, after, state.version(), missed, null);
        }
        connections.send(user.userId(), frame.getSessionId(), ConnectionMessages.REPLAY, replay);
    }

    /** Bad input gets an error message on the connection's error queue; the connection stays usable. */
    @MessageExceptionHandler
    void refused(Exception failure, Message<?> message, Principal principal) {
        StompHeaderAccessor frame = StompHeaderAccessor.wrap(message);
        ClientError error = SocketErrors.describe(failure, frame);
        if (principal != null) {
            connections.error(principal.getName(), frame.getSessionId(), error);
        }
    }
}
