package dev.sparring.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisProcessTest {

    @Test
    void aSnapshotFromANewerRedisPointsToFresh() {
        String log = """
                29757:M 27 Nov 2026 20:43:01.197 # Can't handle RDB format version 10
                29757:M 27 Nov 2026 20:43:01.197 # Fatal error loading the DB: Invalid argument. Exiting.
                """;

        assertThat(RedisProcess.startupHint(log)).contains("--fresh");
    }

    @Test
    void otherFailuresGetNoHint() {
        assertThat(RedisProcess.startupHint("# Could not create server TCP listening socket *:16379: bind: Address already in use"))
                .isEmpty();
    }

    @Test
    void nothingListeningMeansNoPong() {
        assertThat(RedisProcess.answersPing(PortCheckTest.unusedPort())).isFalse();
    }
}
