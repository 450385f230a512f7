package dev.sparring.gateway.system;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * This gateway process among its peers. Every gateway must see every session event and rejection,
 * because any of them may hold the socket they are for, so each reads those topics under consumer
 * groups of its own instead of sharing one.
 */
@Component("gatewayInstance")
public class GatewayInstance {

    private final String id = UUID.randomUUID().toString();

    public String id() {
        return id;
    }

    /** Referenced from the listeners' {@code groupId}: {@code gateway-<purpose>-<instance id>}. */
    public String groupId(String purpose) {
        return "gateway-" + purpose + "-" + id;
    }
}
