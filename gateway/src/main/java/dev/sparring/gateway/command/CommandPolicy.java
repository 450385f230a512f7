package dev.sparring.gateway.command;

import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.SessionCommand;
import java.util.Optional;
import java.util.Set;

/**
 * Which commands a client may send over its socket, checked before anything reaches Kafka so a
 * forbidden action is answered at once. The session-service checks roles again: this is the first
 * line, not the only one.
 */
public final class CommandPolicy {

    /** Only a participant's own words and code may come from a candidate. */
    private static final Set<Class<? extends SessionCommand>> CANDIDATE_MAY = Set.of(
            SessionCommand.RecordUtterance.class, SessionCommand.PostChat.class, SessionCommand.UpdateCode.class);

    /** Sent by the platform or the REST API, never by a socket. */
    private static final Set<Class<? extends SessionCommand>> NOT_OVER_SOCKETS = Set.of(
            SessionCommand.CreateSession.class, SessionCommand.UpdatePresence.class,
            SessionCommand.ElapseDeadline.class);

    private CommandPolicy() {
    }

    public static Optional<Refused> check(ParticipantRole role, SessionCommand command) {
        if (NOT_OVER_SOCKETS.contains(command.getClass())) {
            return Optional.of(new Refused(ErrorCode.FORBIDDEN, "this command is not sent by clients"));
        }
        if (role != ParticipantRole.INTERVIEWER && !CANDIDATE_MAY.contains(command.getClass())) {
            return Optional.of(new Refused(ErrorCode.FORBIDDEN, "a candidate may not do that"));
        }
        return Optional.empty();
    }

    public record Refused(ErrorCode code, String message) {
    }
}
