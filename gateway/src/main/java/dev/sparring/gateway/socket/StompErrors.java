package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ErrorCode;
import java.nio.charset.StandardCharsets;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * The STOMP ERROR frame sent when a frame is refused before any handler sees it (a subscription to
 * something the socket may not see, a SEND to a broker destination). STOMP closes the connection
 * after an ERROR; the frame says why with a stable {@code code} header.
 */
class StompErrors extends StompSubProtocolErrorHandler {

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable failure) {
        boolean denied = failure instanceof AccessDeniedException
                || (failure instanceof MessageDeliveryException && failure.getCause() instanceof AccessDeniedException);
        ErrorCode code = denied ? ErrorCode.FORBIDDEN : ErrorCode.MALFORMED_MESSAGE;
        String message = denied ? "not allowed on this connection" : "the frame could not be processed";
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(message);
        error.setNativeHeader("code", code.wire());
        error.setContentType(MimeTypeUtils.TEXT_PLAIN);
        if (clientMessage != null) {
            StompHeaderAccessor frame = StompHeaderAccessor.wrap(clientMessage);
            if (frame.getReceipt() != null) {
                error.setReceiptId(frame.getReceipt());
            }
        }
        error.setLeaveMutable(true);
        return MessageBuilder.createMessage(message.getBytes(StandardCharsets.UTF_8), error.getMessageHeaders());
    }
}
