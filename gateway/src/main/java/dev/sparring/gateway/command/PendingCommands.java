package dev.sparring.gateway.command;

import dev.sparring.contracts.session.CommandRejected;
import dev.sparring.contracts.session.EventEnvelope;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * REST calls of this instance that wait for their command's outcome. Every gateway reads every
 * event and rejection, so the instance that sent a command sees its outcome; entries live only as
 * long as their request.
 */
@org.springframework.stereotype.Component
public class PendingCommands {

    private final Map<UUID, CompletableFuture<CommandOutcome>> waiting = new ConcurrentHashMap<>();

    CompletableFuture<CommandOutcome> expect(UUID commandId) {
        CompletableFuture<CommandOutcome> outcome = new CompletableFuture<>();
        waiting.put(commandId, outcome);
        outcome.whenComplete((result, failure) -> waiting.remove(commandId));
        return outcome;
    }

    public void applied(EventEnvelope event) {
        if (event.commandId() != null) {
            complete(event.commandId(), new CommandOutcome.Applied(event));
        }
    }

    public void rejected(CommandRejected rejection) {
        complete(rejection.commandId(), new CommandOutcome.Rejected(rejection));
    }

    private void complete(UUID commandId, CommandOutcome outcome) {
        CompletableFuture<CommandOutcome> future = waiting.get(commandId);
        if (future != null) {
            future.complete(outcome);
        }
    }
}
