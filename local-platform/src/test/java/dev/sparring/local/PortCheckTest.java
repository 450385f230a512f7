package dev.sparring.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aPortSomethingListensOnIsBusy() throws IOException {
        try (ServerSocket listener = new ServerSocket(0)) {
            assertThat(PortCheck.isFree(listener.getLocalPort())).isFalse();
        }
    }

    @Test
    void aListenerOnLoopbackOnlyAlsoMakesThePortBusy() throws IOException {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThat(PortCheck.isFree(listener.getLocalPort())).isFalse();
        }
    }

    /** A port the OS just handed out and that nothing listens on any more. */
    static int unusedPort() {
        try (ServerSocket listener = new ServerSocket(0)) {
            return listener.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aPortNobodyListensOnIsFree() {
        int port = unusedPort();
        assertThat(PortCheck.isFree(port)).isTrue();
        assertThatNoException().isThrownBy(() -> PortCheck.requireFree(List.of(new PortClaim(port, "Redis", "SPARRING_REDIS_PORT"))));
    }

    @Test
    void theFailureNamesThePortItsOwnerAndTheOverride() throws IOException {
        try (ServerSocket listener = new ServerSocket(0)) {
            int port = listener.getLocalPort();
            assertThatThrownBy(() -> PortCheck.requireFree(List.of(new PortClaim(port, "Kafka", "SPARRING_KAFKA_PORT"))))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("Port " + port + " (for Kafka) is already in use")
                    .hasMessageContaining("SPARRING_KAFKA_PORT=<port> ./run-local.sh");
        }
    }
}
