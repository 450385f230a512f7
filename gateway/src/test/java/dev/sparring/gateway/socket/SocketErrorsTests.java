package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.gateway.session.SessionRefusal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What a client is told when its frame cannot be read, with the converter the gateway uses. */
class SocketErrorsTests {

    private final JacksonJsonMessageConverter converter = new JacksonJsonMessageConverter();

    @Test
    void brokenJsonIsMalformed() {
        assertThat(describe("{\"commandId\": \"c-1\", \"command\": {").code()).isEqualTo("malformed-message");
    }

    @Test
    void anUnknownCommandTypeIsNamed() {
        ClientError error = describe("{\"commandId\": \"c-1\", \"command\": {\"type\": \"session.delete\"}}");

        assertThat(error.code()).isEqualTo("unknown-type");
        assertThat(error.message()).contains("session.delete");
    }

    @Test
    void aValueTheCommandRefusesIsInvalidWithTheReason() {
        ClientError error = describe("{\"commandId\": \"c-1\", \"command\": {\"type\": \"score.submit\", "
                + "\"roundIndex\": 0, \"competency\": \"x\", \"level\": 7}}");

        assertThat(error.code()).isEqualTo("invalid-value");
        assertThat(error.message()).contains("level must be 1 to 4");
    }

    @Test
    void aRefusalKeepsItsCodeAndTheSessionIsTakenFromTheDestination() {
        ClientError error = SocketErrors.describe(new SessionRefusal(ErrorCode.UNKNOWN_SESSION, "no session s-9"),
                frame());

        assertThat(error).isEqualTo(new ClientError("unknown-session", "no session s-9", "s-9", null));
    }

    private ClientError describe(String body) {
        Message<byte[]> message = MessageBuilder.createMessage(body.getBytes(StandardCharsets.UTF_8),
                frame().getMessageHeaders());
        Throwable failure = catchThrowable(() -> converter.fromMessage(message, ClientCommand.class));
        assertThat(failure).as("conversion fails").isNotNull();
        return SocketErrors.describe(failure, frame());
    }

    private static StompHeaderAccessor frame() {
        StompHeaderAccessor frame = StompHeaderAccessor.create(StompCommand.SEND);
        frame.setDestination("/app/sessions/s-9/commands");
        frame.setContentType(MimeTypeUtils.APPLICATION_JSON);
        frame.setLeaveMutable(true);
        return frame;
    }
}
