package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.SessionCommand;

/**
 * The body a client SENDs to {@code /app/sessions/{sessionId}/commands}.
 *
 * @param commandId chosen by the client, unique per command; resending the same id (after a lost
 *     receipt, say) never applies the command twice
 */
public record ClientCommand(String commandId, SessionCommand command) {
}
