package dev.sparring.gateway.fanout;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.CommandRejected;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.gateway.command.PendingCommands;
import dev.sparring.gateway.socket.ClientError;
import dev.sparring.gateway.socket.ConnectionMessages;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads every session event and every rejection under this instance's own consumer groups,
 * starting from the newest: a client that missed older events catches up through resume, not
 * through these streams.
 */
@Component
class SessionEventListener {

    private final SessionEventFanout fanout;
    private final PendingCommands pending;
    private final ConnectionMessages connections;

    SessionEventListener(SessionEventFanout fanout, PendingCommands pending, ConnectionMessages connections) {
        this.fanout = fanout;
        this.pending = pending;
        this.connections = connections;
    }

    @KafkaListener(id = "gateway-fanout", topics = Topics.SESSION_EVENTS,
            groupId = "#{@gatewayInstance.groupId('fanout')}", properties = "auto.offset.reset=latest")
    void on(EventEnvelope event) {
        fanout.deliver(event);
        pending.applied(event);
    }

    @KafkaListener(id = "gateway-rejections", topics = Topics.COMMAND_REJECTIONS,
            groupId = "#{@gatewayInstance.groupId('rejections')}", properties = "auto.offset.reset=latest")
    void on(CommandRejected rejection) {
        pending.rejected(rejection);
        if (rejection.userId() != null && rejection.clientId() != null) {
            connections.error(rejection.userId(), rejection.clientId(), ClientError.of(rejection.code(),
                    rejection.message(), rejection.sessionId(), rejection.clientCommandId()));
        }
    }
}
