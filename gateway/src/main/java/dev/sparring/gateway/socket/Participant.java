package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.ParticipantRole;
import java.security.Principal;

/** The identity a socket speaks with; its name keys the socket's user destinations. */
public record Participant(String userId, String displayName, ParticipantRole role) implements Principal {

    @Override
    public String getName() {
        return userId;
    }

    public Actor asActor() {
        return new Actor(userId, displayName, role);
    }
}
