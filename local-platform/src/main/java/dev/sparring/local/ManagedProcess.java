package dev.sparring.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A child process the launcher started and is responsible for stopping. */
final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path logFile;

    ManagedProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Only meaningful once the process has exited. */
    int exitCode() {
        return process.exitValue();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Waits for a short-lived process (the storage formatter); false if it is still running at the deadline. */
    boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGTERM: the JVMs run their shutdown hooks (graceful Spring shutdown, controlled Kafka shutdown), Redis saves. */
    void requestStop() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    /**
     * Waits until the deadline for the process to exit after {@link #requestStop()}, then kills it and
     * anything it spawned. Returns true if it exited on its own.
     */
    boolean awaitStop(long deadlineNanos) {
        try {
            long remaining = Math.max(0, deadlineNanos - System.nanoTime());
            if (process.waitFor(remaining, TimeUnit.NANOSECONDS)) {
                return true;
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
