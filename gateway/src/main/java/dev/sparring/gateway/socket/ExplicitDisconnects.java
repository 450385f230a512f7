package dev.sparring.gateway.socket;

import java.util.Map;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * Remembers, with the socket, that its client said goodbye (a STOMP DISCONNECT frame) before the socket
 * ended. A client that closes right after sending DISCONNECT, without waiting for the gateway to close
 * (Spring's own client does that), ends the socket with a code other than 1000, which alone would read
 * as a dropped connection. Looked at on the socket's own thread, before the frame is queued, so it is
 * known before the socket's end is.
 */
final class ExplicitDisconnects implements WebSocketHandlerDecoratorFactory {

    private static final String SAID_GOODBYE = "sparring.said-goodbye";
    private static final String DISCONNECT = "DISCONNECT";

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) throws Exception {
                if (message instanceof TextMessage text && isDisconnect(text.getPayload())) {
                    session.getAttributes().put(SAID_GOODBYE, Boolean.TRUE);
                }
                super.handleMessage(session, message);
            }
        };
    }

    static boolean saidGoodbye(Map<String, Object> socketAttributes) {
        return socketAttributes != null && Boolean.TRUE.equals(socketAttributes.get(SAID_GOODBYE));
    }

    /** Whether a text message is a DISCONNECT frame (heart-beat end-of-lines may come first). */
    static boolean isDisconnect(String frame) {
        int start = 0;
        while (start < frame.length() && (frame.charAt(start) == '\n' || frame.charAt(start) == '\r')) {
            start++;
        }
        int end = start + DISCONNECT.length();
        return frame.startsWith(DISCONNECT, start) && end < frame.length()
                && (frame.charAt(end) == '\n' || frame.charAt(end) == '\r');
    }
}
