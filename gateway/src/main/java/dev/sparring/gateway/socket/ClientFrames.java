package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ErrorCode;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends STOMP frames the broker does not: RECEIPTs (the in-memory broker answers receipts only for
 * DISCONNECT; the gateway answers a SUBSCRIBE once registered and a command once Kafka stored it,
 * so "receipt" means "durably accepted"), and ERROR frames, after which the connection closes.
 */
@Component
class ClientFrames {

    private final MessageChannel clientOutbound;

    ClientFrames(@Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutbound) {
        this.clientOutbound = clientOutbound;
    }

    void receipt(String connectionId, String receiptId) {
        if (receiptId == null) {
            return;
        }
        StompHeaderAccessor receipt = StompHeaderAccessor.create(StompCommand.RECEIPT);
        receipt.setReceiptId(receiptId);
        receipt.setSessionId(connectionId);
        clientOutbound.send(MessageBuilder.createMessage(new byte[0], receipt.getMessageHeaders()));
    }

    /** An ERROR frame with a stable {@code code} header; STOMP closes the connection after it. */
    void error(String connectionId, ErrorCode code, String message, String receiptId) {
        clientOutbound.send(errorFrame(connectionId, code, message, receiptId));
    }

    /**
     * The ERROR frame the gateway sends wherever it refuses a frame: the message as text and in the
     * {@code message} header, the stable code in the {@code code} header, the receipt it answers.
     *
     * @param connectionId {@code null} when the frame goes back through Spring's own error handling
     */
    static Message<byte[]> errorFrame(String connectionId, ErrorCode code, String message, String receiptId) {
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        if (connectionId != null) {
            error.setSessionId(connectionId);
        }
        error.setMessage(message);
        error.setNativeHeader("code", code.wire());
        error.setContentType(MimeTypeUtils.TEXT_PLAIN);
        if (receiptId != null) {
            error.setReceiptId(receiptId);
        }
        error.setLeaveMutable(true);
        return MessageBuilder.createMessage(message.getBytes(StandardCharsets.UTF_8), error.getMessageHeaders());
    }
}
