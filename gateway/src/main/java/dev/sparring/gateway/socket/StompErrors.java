package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ErrorCode;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * The STOMP ERROR frame Spring sends when its own handling refuses a frame: bytes that are not a
 * STOMP frame, or a refused frame when frames are handed over unordered (with the receive order
 * preserved, refusals are answered by {@link RefusedFrames}). Both build the same frame
 * ({@link ClientFrames#errorFrame}); STOMP closes the connection after it.
 */
class StompErrors extends StompSubProtocolErrorHandler {

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable failure) {
        boolean denied = failure instanceof AccessDeniedException
                || (failure instanceof MessageDeliveryException && failure.getCause() instanceof AccessDeniedException);
        ErrorCode code = denied ? ErrorCode.FORBIDDEN : ErrorCode.MALFORMED_MESSAGE;
        String message = denied ? "not allowed on this connection" : "the frame could not be processed";
        String receipt = clientMessage == null ? null : StompHeaderAccessor.wrap(clientMessage).getReceipt();
        return ClientFrames.errorFrame(null, code, message, receipt);
    }
}
