package dev.sparring.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The server.properties of the local broker: one KRaft node that is both broker and controller,
 * bound to loopback only, with every replication factor at 1 because there is no second broker.
 */
final class KafkaServerProperties {

    static final int NODE_ID = 1;

    private KafkaServerProperties() {
    }

    static Map<String, String> of(int brokerPort, int controllerPort, Path dataDir) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        // a static quorum of this one node: `StorageTool format` needs no --standalone and a restart needs no re-join
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.toAbsolutePath().toString());
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // the first consumer group joins at once instead of waiting 3 s for members that will never come
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    /** Properties-file text; backslashes (Windows paths) are escaped, as java.util.Properties reads them. */
    static String render(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "# Written by dev.sparring.local.KafkaBroker on every start; edits are overwritten\n", "\n"));
    }
}
