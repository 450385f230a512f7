package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ParticipantRole;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every socket a participant identity at the handshake: the authenticated user when there is
 * one, else a guest built from the {@code name} and {@code role} query parameters.
 */
class ParticipantHandshakeHandler extends DefaultHandshakeHandler {

    @Override
    protected Principal determineUser(ServerHttpRequest request, WebSocketHandler wsHandler,
            Map<String, Object> attributes) {
        Principal authenticated = request.getPrincipal();
        Map<String, String> query = UriComponentsBuilder.fromUri(request.getURI()).build()
                .getQueryParams().toSingleValueMap();
        String displayName = query.getOrDefault("name", "Guest");
        ParticipantRole role = "interviewer".equalsIgnoreCase(query.get("role"))
                ? ParticipantRole.INTERVIEWER : ParticipantRole.CANDIDATE;
        String userId = authenticated != null ? authenticated.getName() : "guest-" + UUID.randomUUID();
        return new Participant(userId, displayName, role);
    }
}
