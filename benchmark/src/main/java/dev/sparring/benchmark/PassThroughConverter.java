package dev.sparring.benchmark;

import java.nio.charset.StandardCharsets;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Sends byte[] bodies as they are (the benchmark serialises its JSON itself, once per command) and hands
 * received bodies over as strings, so the client spends no time on reflection-based conversion.
 */
final class PassThroughConverter implements MessageConverter {

    @Override
    public Object fromMessage(Message<?> message, Class<?> targetClass) {
        Object payload = message.getPayload();
        if (payload instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return payload instanceof String ? payload : null;
    }

    @Override
    public Message<?> toMessage(Object payload, MessageHeaders headers) {
        return payload instanceof byte[] bytes && headers != null ? MessageBuilder.createMessage(bytes, headers) : null;
    }
}
