package dev.sparring.gateway.fanout;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.session.EventEnvelope;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads every session event under this instance's own consumer group, starting from the newest:
 * a client that missed older events catches up through resume, not through this stream.
 */
@Component
class SessionEventListener {

    private final SessionEventFanout fanout;

    SessionEventListener(SessionEventFanout fanout) {
        this.fanout = fanout;
    }

    @KafkaListener(id = "gateway-fanout", topics = Topics.SESSION_EVENTS,
            groupId = "#{@gatewayInstance.fanoutGroupId()}", properties = "auto.offset.reset=latest")
    void on(EventEnvelope event) {
        fanout.deliver(event);
    }
}
