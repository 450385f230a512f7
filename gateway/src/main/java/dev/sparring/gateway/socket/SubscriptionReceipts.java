package dev.sparring.gateway.socket;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Answers a SUBSCRIBE or UNSUBSCRIBE that asks for a receipt once the broker has registered it.
 * Spring's in-memory broker sends receipts only for DISCONNECT; a client needs them to know from
 * which moment it receives a destination's messages (before asking for what it missed, say).
 */
class SubscriptionReceipts implements ExecutorChannelInterceptor {

    private final MessageChannel clientOutbound;

    SubscriptionReceipts(MessageChannel clientOutbound) {
        this.clientOutbound = clientOutbound;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
            Exception failure) {
        if (failure != null || !(handler instanceof SimpleBrokerMessageHandler)) {
            return;
        }
        StompHeaderAccessor frame = StompHeaderAccessor.wrap(message);
        String receipt = frame.getReceipt();
        if (receipt == null
                || (frame.getCommand() != StompCommand.SUBSCRIBE && frame.getCommand() != StompCommand.UNSUBSCRIBE)) {
            return;
        }
        StompHeaderAccessor answer = StompHeaderAccessor.create(StompCommand.RECEIPT);
        answer.setReceiptId(receipt);
        answer.setSessionId(frame.getSessionId());
        clientOutbound.send(MessageBuilder.createMessage(new byte[0], answer.getMessageHeaders()));
    }
}
