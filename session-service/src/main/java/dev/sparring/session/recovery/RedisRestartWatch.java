package dev.sparring.session.recovery;

import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Notices when Redis restarted or failed over while this instance kept running: the server's
 * {@code run_id} changes with every start of a Redis process (on a cluster, any node's). Redis may then
 * hold less than was published (writes since its last persistence, or everything when it persists
 * nothing), and no partition assignment would tell: the recent sessions it lost are rebuilt from the
 * log at once, so they admit sockets and run their timers again without waiting for a command.
 */
@Component
class RedisRestartWatch {

    private static final Logger log = LoggerFactory.getLogger(RedisRestartWatch.class);

    private final StringRedisTemplate redis;
    private final PublishedSequences published;
    private volatile String lastSeen;

    RedisRestartWatch(StringRedisTemplate redis, PublishedSequences published) {
        this.redis = redis;
        this.published = published;
    }

    @Scheduled(fixedDelayString = "${sparring.session.recovery.redis-check-interval:5s}")
    void check() {
        String current;
        try {
            current = runIds();
        } catch (RuntimeException unreachable) {
            log.debug("Redis did not answer INFO; checking again later", unreachable);
            return; // the health endpoint says so; the check runs again once Redis answers
        }
        String previous = lastSeen;
        lastSeen = current;
        if (previous != null && !previous.equals(current)) {
            int rebuilt = published.rebuildRecentSessionsRedisLost();
            log.warn("Redis restarted or failed over (run id {} -> {}); rebuilt {} recent sessions it was behind on",
                    previous, current, rebuilt);
        }
    }

    /** The run ids of the Redis servers behind the connection, in a stable order. */
    private String runIds() {
        Properties info = redis.execute((RedisCallback<Properties>) connection -> connection.serverCommands()
                .info("server"));
        TreeMap<String, String> runIds = new TreeMap<>();
        if (info != null) {
            info.forEach((key, value) -> {
                if (key.toString().endsWith("run_id")) {
                    runIds.put(key.toString(), value.toString());
                }
            });
        }
        if (runIds.isEmpty()) {
            throw new IllegalStateException("Redis INFO carries no run_id");
        }
        return String.join(",", runIds.values());
    }
}
