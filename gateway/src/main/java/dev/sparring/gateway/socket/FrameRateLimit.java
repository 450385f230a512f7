package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ErrorCode;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.web.socket.CloseStatus;

/**
 * A token bucket per connection for SEND frames. A frame over the rate is dropped and answered with
 * {@code rate-limited}; a connection that keeps sending past the limit is closed with 1008 (policy
 * violation). The bucket lives with the socket, so instances share nothing.
 */
class FrameRateLimit implements ChannelInterceptor {

    private static final Logger log = LoggerFactory.getLogger(FrameRateLimit.class);
    private static final String BUCKET = "sparring.rate";

    private final SocketLimits limits;
    private final ConnectionMessages connections;
    private final ConnectionRegistry registry;

    FrameRateLimit(SocketLimits limits, ConnectionMessages connections, ConnectionRegistry registry) {
        this.limits = limits;
        this.connections = connections;
        this.registry = registry;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor frame = StompHeaderAccessor.wrap(message);
        if (frame.getCommand() != StompCommand.SEND || frame.getSessionAttributes() == null) {
            return message;
        }
        Map<String, Object> attributes = frame.getSessionAttributes();
        Bucket bucket = (Bucket) attributes.computeIfAbsent(BUCKET, key -> new Bucket(limits));
        if (bucket.take(System.nanoTime())) {
            return message;
        }
        if (bucket.refusedRecently() > limits.abuseThreshold()) {
            log.warn("Closing connection {} of {}: {} frames over the rate limit within {}", frame.getSessionId(),
                    frame.getUser() == null ? "?" : frame.getUser().getName(), bucket.refusedRecently(),
                    limits.abuseWindow());
            registry.close(frame.getSessionId(), CloseStatus.POLICY_VIOLATION.withReason("rate limit"));
        } else if (frame.getUser() != null) {
            connections.error(frame.getUser().getName(), frame.getSessionId(), ClientError.of(ErrorCode.RATE_LIMITED,
                    "more than " + limits.framesPerSecond() + " frames a second; slow down",
                    SocketErrors.sessionIdOf(frame.getDestination()), null));
        }
        return null;
    }

    /**
     * Refills continuously at the configured rate up to the burst size, and counts the frames it
     * refused within the current abuse window.
     */
    static final class Bucket {

        private final double perNano;
        private final double capacity;
        private final long windowNanos;
        private double tokens;
        private long last;
        private long windowStart;
        private int refused;

        Bucket(SocketLimits limits) {
            this.perNano = limits.framesPerSecond() / 1_000_000_000.0;
            this.capacity = limits.burst();
            this.windowNanos = limits.abuseWindow().toNanos();
            this.tokens = capacity;
            this.last = System.nanoTime();
            this.windowStart = last;
        }

        synchronized boolean take(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (now - windowStart > windowNanos) {
                windowStart = now;
                refused = 0;
            }
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            refused++;
            return false;
        }

        synchronized int refusedRecently() {
            return refused;
        }
    }
}
