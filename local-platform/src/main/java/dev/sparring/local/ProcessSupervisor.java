package dev.sparring.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts every child process and stops them all, in stages: the newest stage first (services, then
 * Kafka, then Redis), the processes of one stage together. {@link #stopAll()} is called both by the
 * shutdown hook (Ctrl-C, SIGTERM) and when startup fails; once it has begun nothing new can start,
 * so a signal arriving mid-startup cannot leave an orphan behind.
 */
final class ProcessSupervisor {

    private static final Logger log = LoggerFactory.getLogger(ProcessSupervisor.class);

    private final Duration stopTimeout;
    /**
     * Children run in their own session when setsid(1) exists. Otherwise a Ctrl-C in the terminal
     * reaches the whole foreground process group at once, and Kafka and Redis would stop while the
     * services still use them.
     */
    private final Optional<Path> setsid;
    private final Deque<Stage> stages = new ArrayDeque<>();
    private volatile boolean stopping;

    private record Stage(String name, List<ManagedProcess> processes) {
    }

    ProcessSupervisor(Duration stopTimeout) {
        this.stopTimeout = stopTimeout;
        this.setsid = Executables.findOnPath("setsid");
    }

    /** Processes launched from now on are stopped together, before those of earlier stages. */
    synchronized void beginStage(String name) {
        stages.push(new Stage(name, new ArrayList<>()));
    }

    synchronized ManagedProcess launch(LaunchSpec spec) {
        if (stopping) {
            throw new StartupException("Shutting down, so " + spec.name() + " is not started");
        }
        if (stages.isEmpty()) {
            throw new IllegalStateException("beginStage() before launch()");
        }
        List<String> command = new ArrayList<>();
        // setsid execs the program in place (a child of the JVM is never a group leader), so the pid stays the program's
        setsid.ifPresent(path -> command.add(path.toString()));
        command.addAll(spec.command());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(spec.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()));
        builder.environment().putAll(spec.environment());
        try {
            Files.createDirectories(spec.logFile().getParent());
            Process process = builder.start();
            // no child reads input: with stdin closed an accidental read sees end-of-file instead of blocking
            process.getOutputStream().close();
            ManagedProcess managed = new ManagedProcess(spec.name(), process, spec.logFile());
            stages.peek().processes().add(managed);
            log.debug("Started {}: {}", managed, command);
            return managed;
        } catch (IOException e) {
            throw new StartupException("Cannot start " + spec.name() + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
    }

    boolean isStopping() {
        return stopping;
    }

    /** Stops everything started so far, newest stage first. Safe to call more than once and from any thread. */
    synchronized void stopAll() {
        stopping = true;
        while (!stages.isEmpty()) {
            Stage stage = stages.pop();
            List<ManagedProcess> running = stage.processes().stream().filter(ManagedProcess::isAlive).toList();
            if (running.isEmpty()) {
                continue;
            }
            Stopwatch stopwatch = Stopwatch.start();
            log.info("Stopping {}", running.stream().map(ManagedProcess::toString).collect(Collectors.joining(", ")));
            running.forEach(ManagedProcess::requestStop);
            long deadline = System.nanoTime() + stopTimeout.toNanos();
            for (ManagedProcess process : running) {
                if (!process.awaitStop(deadline)) {
                    log.warn("{} did not stop within {} s, so it was killed", process.name(), stopTimeout.toSeconds());
                }
            }
            log.info("Stopped {} in {}", stage.name(), stopwatch);
        }
    }
}
