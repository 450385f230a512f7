package dev.sparring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaServerPropertiesTest {

    private final Map<String, String> properties = KafkaServerProperties.of(19092, 19093, Path.of("/repo/target/local-platform/kafka/data"));

    @Test
    void oneNodeIsBothBrokerAndControllerOnLoopback() {
        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("controller.listener.names", "CONTROLLER")
                .containsEntry("log.dirs", "/repo/target/local-platform/kafka/data");
    }

    @Test
    void everyInternalTopicHasOneReplica() {
        assertThat(properties).containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("default.replication.factor", "1")
                .containsEntry("min.insync.replicas", "1");
    }

    @Test
    void renderedTextReadsBackAsTheSameProperties() throws IOException {
        Map<String, String> withWindowsPath = KafkaServerProperties.of(1, 2, Path.of("C:\\sparring\\data"));
        Properties read = new Properties();
        read.load(new StringReader(KafkaServerProperties.render(withWindowsPath)));

        assertThat(read).containsExactlyInAnyOrderEntriesOf(withWindowsPath);
    }
}
