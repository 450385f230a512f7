package dev.sparring.contracts.session;

import java.util.Objects;

/** Who issued a command, as the gateway authenticated them. */
public record Actor(String userId, String displayName, ParticipantRole role) {

    public static final Actor SYSTEM = new Actor("system", "Sparring", ParticipantRole.SYSTEM);

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }
}
