package dev.sparring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RedisConfigTest {

    @Test
    void listensOnLoopbackAndKeepsAnAppendOnlyFileInTheDataDirectory() {
        String config = RedisConfig.render(16379, Path.of("/repo/target/local-platform/redis/data"));

        assertThat(config.lines()).contains(
                "port 16379",
                "bind 127.0.0.1",
                "daemonize no",
                "dir \"/repo/target/local-platform/redis/data\"",
                "save 60 1",
                "appendonly yes",
                "appendfsync everysec");
    }

    @Test
    void quotingSurvivesSpacesQuotesAndBackslashes() {
        assertThat(RedisConfig.quote("/home/a b/\"x\"\\y")).isEqualTo("\"/home/a b/\\\"x\\\"\\\\y\"");
    }
}
