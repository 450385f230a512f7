package dev.sparring.gateway.socket;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;

/**
 * Answers a SUBSCRIBE or UNSUBSCRIBE that asks for a receipt once the broker has registered it. A
 * client needs that moment: it resumes (asks for what it missed) only once live events flow.
 */
class SubscriptionReceipts implements ExecutorChannelInterceptor {

    private final ClientFrames frames;

    SubscriptionReceipts(ClientFrames frames) {
        this.frames = frames;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
            Exception failure) {
        if (failure != null || !(handler instanceof SimpleBrokerMessageHandler)) {
            return;
        }
        StompHeaderAccessor frame = StompHeaderAccessor.wrap(message);
        if (frame.getCommand() == StompCommand.SUBSCRIBE || frame.getCommand() == StompCommand.UNSUBSCRIBE) {
            frames.receipt(frame.getSessionId(), frame.getReceipt());
        }
    }
}
