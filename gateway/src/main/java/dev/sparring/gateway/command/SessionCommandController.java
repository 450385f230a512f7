package dev.sparring.gateway.command;

import dev.sparring.gateway.socket.Participant;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Controller;

/** Entry point of commands sent over STOMP; everything else happens in {@link CommandForwarder}. */
@Controller
class SessionCommandController {

    private final CommandForwarder forwarder;

    SessionCommandController(CommandForwarder forwarder) {
        this.forwarder = forwarder;
    }

    @MessageMapping("/sessions/{sessionId}/commands")
    void command(@DestinationVariable String sessionId, ClientCommand command, Participant participant,
            @Header(SimpMessageHeaderAccessor.SESSION_ID_HEADER) String connectionId) {
        forwarder.forward(sessionId, participant, connectionId, command);
    }
}
