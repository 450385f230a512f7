package dev.sparring.gateway.socket;

import dev.sparring.gateway.auth.SparringAuthentication;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * The sockets this instance holds, so one can be closed with a chosen status: 1008 for abuse, and
 * 1008 with reason "token expired" once the token the socket was opened with expires (a socket
 * outliving its token would outlive a revoked invite or a signed-out user). STOMP alone can only
 * close a connection with an ERROR frame.
 */
@Component
class ConnectionRegistry implements WebSocketHandlerDecoratorFactory {

    static final CloseStatus TOKEN_EXPIRED = CloseStatus.POLICY_VIOLATION.withReason("token expired");

    private static final Logger log = LoggerFactory.getLogger(ConnectionRegistry.class);

    private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();
    private final Clock clock;

    ConnectionRegistry(Clock clock) {
        this.clock = clock;
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                open.put(session.getId(), session);
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                open.remove(session.getId());
                super.afterConnectionClosed(session, status);
            }
        };
    }

    void close(String connectionId, CloseStatus status) {
        WebSocketSession session = open.get(connectionId);
        if (session != null) {
            try {
                session.close(status);
            } catch (IOException alreadyGone) {
                open.remove(connectionId);
            }
        }
    }

    /** Who is signed in on an open connection. */
    Optional<Principal> principal(String connectionId) {
        WebSocketSession session = open.get(connectionId);
        return session == null ? Optional.empty() : Optional.ofNullable(session.getPrincipal());
    }

    int size() {
        return open.size();
    }

    /** Closes every socket whose token has expired; clients reconnect with a fresh token. */
    @Scheduled(fixedDelayString = "${sparring.gateway.token-sweep:15s}")
    void closeExpired() {
        Instant now = clock.instant();
        open.values().forEach(session -> {
            if (session.getPrincipal() instanceof SparringAuthentication authentication
                    && authentication.expiresAt() != null && !authentication.expiresAt().isAfter(now)) {
                log.info("Closing connection {} of {}: its token expired", session.getId(), authentication.getName());
                close(session.getId(), TOKEN_EXPIRED);
            }
        });
    }
}
