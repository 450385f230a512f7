package dev.sparring.gateway.system;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a client finds at the gateway's root: where to connect and where to look. The browser
 * app will be served from here too; until it is, this tells a developer what the gateway offers.
 */
@RestController
class ServiceDescription {

    @GetMapping(path = "/", produces = "application/json")
    Map<String, Object> describe() {
        return Map.of(
                "service", "sparring-gateway",
                "websocket", Map.of("endpoint", "/ws", "protocol", "STOMP 1.2",
                        "send", "/app/sessions/{sessionId}/commands",
                        "subscribe", "/topic/sessions/{sessionId}/events"),
                "health", "/actuator/health");
    }
}
