package dev.sparring.gateway.command;

/**
 * Sent to {@code /user/queue/acks} once Kafka has durably accepted a command, or to
 * {@code /user/queue/errors} with a code and message when the gateway refused it.
 */
public record CommandAck(String commandId, String status, String code, String message) {

    static CommandAck accepted(String commandId) {
        return new CommandAck(commandId, "accepted", null, null);
    }

    static CommandAck rejected(String commandId, String code, String message) {
        return new CommandAck(commandId, "rejected", code, message);
    }
}
