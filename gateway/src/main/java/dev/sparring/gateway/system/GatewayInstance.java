package dev.sparring.gateway.system;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * This gateway process among its peers. Every gateway must see every session event, because any of
 * them may hold a socket of that session, so each reads the event topic under a consumer group of
 * its own instead of sharing one.
 */
@Component("gatewayInstance")
public class GatewayInstance {

    private final String id = UUID.randomUUID().toString();

    public String id() {
        return id;
    }

    /** Referenced from the fan-out listener's {@code groupId}. */
    public String fanoutGroupId() {
        return "gateway-fanout-" + id;
    }
}
