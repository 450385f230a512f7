package dev.sparring.gateway.socket;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * The sockets this instance holds, so one can be closed with a chosen status (1008 for abuse).
 * STOMP alone can only close a connection with an ERROR frame.
 */
class ConnectionRegistry implements WebSocketHandlerDecoratorFactory {

    private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();

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

    int size() {
        return open.size();
    }
}
