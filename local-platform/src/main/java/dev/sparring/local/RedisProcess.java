package dev.sparring.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.core.ExecutableProvider;

/**
 * A real Redis server: the machine's {@code redis-server} when it is on the PATH (the version
 * developers also run elsewhere), otherwise the binary bundled in the embedded-redis jar.
 */
final class RedisProcess {

    private static final Logger log = LoggerFactory.getLogger(RedisProcess.class);

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

    private final PlatformSettings settings;
    private final ProcessSupervisor supervisor;

    RedisProcess(PlatformSettings settings, ProcessSupervisor supervisor) {
        this.settings = settings;
        this.supervisor = supervisor;
    }

    /** Starts Redis and returns once it answers PING. */
    ManagedProcess start() {
        Stopwatch stopwatch = Stopwatch.start();
        Path dataDir = settings.redisDir().resolve("data");
        Path config = settings.redisDir().resolve("redis.conf");
        try {
            Files.createDirectories(dataDir);
            Files.writeString(config, RedisConfig.render(settings.redisPort(), dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + config, e);
        }
        Path executable = executable();
        supervisor.beginStage("Redis");
        ManagedProcess redis = supervisor.launch(new LaunchSpec("Redis",
                List.of(executable.toString(), config.toString()), Map.of(), settings.redisDir(),
                settings.logsDir().resolve("redis.log")));
        awaitPong(redis);
        log.info("Redis is up on 127.0.0.1:{} after {} ({})", settings.redisPort(), stopwatch, executable);
        return redis;
    }

    private Path executable() {
        return Executables.findOnPath("redis-server").orElseGet(this::bundledExecutable);
    }

    private Path bundledExecutable() {
        Path binDir = settings.redisDir().resolve("bin");
        try {
            Files.createDirectories(binDir);
            // extracts the binary for this OS and CPU from the jar into binDir (no download involved);
            // embedded-redis deletes it again when the launcher exits
            return ExecutableProvider.newJarResourceProvider(binDir.toFile()).get().toPath();
        } catch (IOException | RuntimeException e) {
            throw new StartupException("No redis-server on the PATH and the Redis bundled in embedded-redis does not run here ("
                    + e.getMessage() + "); install Redis (e.g. apt-get install redis-server)", e);
        }
    }

    private void awaitPong(ManagedProcess redis) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!answersPing(settings.redisPort())) {
            if (!redis.isAlive()) {
                throw new StartupException("Redis exited during startup (exit code " + redis.exitCode() + "); see "
                        + redis.logFile() + startupHint(readQuietly(redis.logFile())));
            }
            if (System.nanoTime() > deadline) {
                throw new StartupException("Redis did not answer PING on 127.0.0.1:" + settings.redisPort() + " within "
                        + READY_TIMEOUT.toSeconds() + " s; see " + redis.logFile());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupException("Interrupted while waiting for Redis", e);
            }
        }
    }

    /**
     * The one startup failure a user can fix without reading Redis' log: the data directory is kept
     * across runs, and the bundled Redis 6.2 cannot load a snapshot a newer system Redis wrote.
     */
    static String startupHint(String log) {
        if (log.contains("Can't handle RDB format")) {
            return ". Its saved data was written by a newer Redis version: start with --fresh to discard it";
        }
        return "";
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** An inline-command PING, which every Redis version understands, so no client library is needed. */
    static boolean answersPing(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).equals("+PONG\r\n");
        } catch (IOException e) {
            return false;
        }
    }
}
