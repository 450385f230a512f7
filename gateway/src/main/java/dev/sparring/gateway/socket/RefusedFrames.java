package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.messaging.access.intercept.AuthorizationChannelInterceptor;

/**
 * Enforces Spring Security's message authorization and answers a refused frame with an ERROR frame
 * ({@code code: forbidden}) that closes the connection. Spring answers refusals itself only when
 * frames are handed over unordered; with the receive order preserved (which commands need) a refused
 * frame would otherwise vanish without a word to the client.
 */
class RefusedFrames implements ChannelInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RefusedFrames.class);

    private final AuthorizationChannelInterceptor authorization;
    private final ClientFrames frames;

    RefusedFrames(AuthorizationChannelInterceptor authorization, ClientFrames frames) {
        this.authorization = authorization;
        this.frames = frames;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        try {
            return authorization.preSend(message, channel);
        } catch (AccessDeniedException denied) {
            StompHeaderAccessor frame = StompHeaderAccessor.wrap(message);
            log.warn("Refused {} to {} from {} on connection {}", frame.getCommand(), frame.getDestination(),
                    frame.getUser() == null ? "anonymous" : frame.getUser().getName(), frame.getSessionId());
            frames.error(frame.getSessionId(), ErrorCode.FORBIDDEN, "not allowed on this connection", frame.getReceipt());
            return null;
        }
    }
}
