package dev.sparring.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A {@code redis-server} owned by the tests: its own process on a free port, persisting nothing, so
 * tests never touch a Redis the machine runs for something else. Uses the machine's
 * {@code redis-server} when there is one, else the binary shipped inside the embedded-redis jar.
 */
final class LocalRedisProcess implements RealInfrastructure.RedisServer {

    private static final String HOST = "127.0.0.1";

    private final int port;
    private final Process process;
    private final redis.embedded.RedisServer embedded;

    private LocalRedisProcess(int port, Process process, redis.embedded.RedisServer embedded) {
        this.port = port;
        this.process = process;
        this.embedded = embedded;
    }

    static LocalRedisProcess start() {
        return start(FreePorts.next());
    }

    static LocalRedisProcess start(int port) {
        Optional<Path> binary = findOnPath("redis-server");
        LocalRedisProcess redis = binary.isPresent() ? startProcess(binary.get(), port) : startEmbedded(port);
        redis.awaitPong(Duration.ofSeconds(10));
        return redis;
    }

    private static LocalRedisProcess startProcess(Path binary, int port) {
        try {
            Path dir = Files.createTempDirectory("redis-");
            Process process = new ProcessBuilder(List.of(binary.toString(), "--port", String.valueOf(port),
                    "--bind", HOST, "--save", "", "--appendonly", "no", "--dir", dir.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile())
                    .start();
            return new LocalRedisProcess(port, process, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + binary, e);
        }
    }

    private static LocalRedisProcess startEmbedded(int port) {
        try {
            redis.embedded.RedisServer server = redis.embedded.RedisServer.newRedisServer()
                    .port(port).bind(HOST).setting("save \"\"").setting("appendonly no").build();
            server.start();
            return new LocalRedisProcess(port, null, server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded redis-server", e);
        }
    }

    static Optional<Path> findOnPath(String executable) {
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, executable);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private void awaitPong(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket(HOST, port)) {
                OutputStream out = socket.getOutputStream();
                out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] reply = in.readNBytes(7);
                if (new String(reply, StandardCharsets.US_ASCII).startsWith("+PONG")) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for redis-server", e);
            }
        }
        stop();
        throw new IllegalStateException("redis-server did not answer PING on port " + port + " within " + timeout);
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                // the port must be free again when stop returns: a test may start another server on it
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
