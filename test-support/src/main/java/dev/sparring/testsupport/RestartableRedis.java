package dev.sparring.testsupport;

/**
 * A {@code redis-server} of one test's own, for tests about Redis going away: it restarts on the same
 * port, empty (it persists nothing), as a Redis without persistence comes back after a crash. Always a
 * local process (the machine's {@code redis-server}, else the binary inside the embedded-redis jar), so
 * it needs no Docker engine and keeps its port across restarts.
 */
public final class RestartableRedis implements AutoCloseable {

    private final int port;
    private LocalRedisProcess server;

    private RestartableRedis(int port) {
        this.port = port;
        this.server = LocalRedisProcess.start(port);
    }

    public static RestartableRedis start() {
        return new RestartableRedis(FreePorts.next());
    }

    public String host() {
        return server.host();
    }

    public int port() {
        return port;
    }

    /** Stops the server and starts a new, empty one on the same port; clients reconnect to it. */
    public synchronized void restartEmpty() {
        server.stop();
        server = LocalRedisProcess.start(port);
    }

    @Override
    public synchronized void close() {
        server.stop();
    }
}
