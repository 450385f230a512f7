package dev.sparring.gateway.fanout;

import dev.sparring.contracts.session.EventEnvelope;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands an event to this instance's sockets subscribed to the event's audience destination. The
 * in-memory broker drops it at once when no socket here is subscribed.
 */
@Component
class SessionEventFanout {

    private final SimpMessagingTemplate clients;

    SessionEventFanout(SimpMessagingTemplate clients) {
        this.clients = clients;
    }

    void deliver(EventEnvelope event) {
        clients.convertAndSend(SessionDestinations.of(event.audience(), event.sessionId()), event);
    }
}
