package dev.sparring.gateway.socket;

import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends to one socket of a user rather than to all their sockets (a user may have the session open
 * in two tabs; an error or a replay belongs to the tab that asked). On a gateway that does not hold
 * the socket, the message finds no session and is dropped.
 */
@Component
public class ConnectionMessages {

    public static final String ERRORS = "/queue/errors";
    public static final String REPLAY = "/queue/replay";

    private final SimpMessagingTemplate clients;

    ConnectionMessages(SimpMessagingTemplate clients) {
        this.clients = clients;
    }

    public void send(String userId, String connectionId, String destination, Object payload) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(connectionId);
        headers.setLeaveMutable(true);
        clients.convertAndSendToUser(userId, destination, payload, headers.getMessageHeaders());
    }

    public void error(String userId, String connectionId, ClientError error) {
        send(userId, connectionId, ERRORS, error);
    }
}
