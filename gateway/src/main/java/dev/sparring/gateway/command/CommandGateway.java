package dev.sparring.gateway.command;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.CommandEnvelope;
import dev.sparring.contracts.session.SessionCommand;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts commands on the command topic, keyed by session id so each session's commands stay in
 * order. Never blocks the caller's thread: the returned future completes when Kafka acknowledged
 * the command (and, for {@link #sendAndAwait}, when the session-service decided it).
 */
@Component
public class CommandGateway {

    private final KafkaTemplate<String, Object> kafka;
    private final PendingCommands pending;
    private final Clock clock;

    CommandGateway(KafkaTemplate<String, Object> kafka, PendingCommands pending, Clock clock) {
        this.kafka = kafka;
        this.pending = pending;
        this.clock = clock;
    }

    /**
     * @param connectionId the socket (or request) sending it, so a rejection finds its way back
     * @param clientCommandId the client's id for the command; resending the same id never applies
     *     the command twice
     */
    public CompletableFuture<UUID> send(String sessionId, Actor actor, String connectionId, String clientCommandId,
            SessionCommand command) {
        CommandEnvelope envelope = new CommandEnvelope(commandId(sessionId, actor.userId(), clientCommandId),
                sessionId, clock.instant(), connectionId, clientCommandId, actor, command);
        return kafka.send(Topics.SESSION_COMMANDS, sessionId, envelope).thenApply(result -> envelope.id());
    }

    /** Sends a command and waits (without blocking a thread) for the session-service's decision. */
    public CompletableFuture<CommandOutcome> sendAndAwait(String sessionId, Actor actor, String connectionId,
            SessionCommand command, Duration timeout) {
        return sendAndAwait(sessionId, actor, connectionId, UUID.randomUUID().toString(), command, timeout);
    }

    /**
     * As {@link #sendAndAwait(String, Actor, String, SessionCommand, Duration)}, with the client's own
     * command id: sending it again (a retry after a timeout) answers with the first outcome.
     */
    public CompletableFuture<CommandOutcome> sendAndAwait(String sessionId, Actor actor, String connectionId,
            String clientCommandId, SessionCommand command, Duration timeout) {
        UUID id = commandId(sessionId, actor.userId(), clientCommandId);
        CompletableFuture<CommandOutcome> outcome = pending.expect(id);
        send(sessionId, actor, connectionId, clientCommandId, command)
                .whenComplete((sent, failure) -> {
                    if (failure != null) {
                        outcome.completeExceptionally(failure);
                    }
                });
        return outcome.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Derived from the session, the sender and the client's own id, so a resent command gets the
     * same id on any gateway and the session-service applies it once.
     */
    static UUID commandId(String sessionId, String userId, String clientCommandId) {
        String key = sessionId + "/" + userId + "/" + clientCommandId;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
