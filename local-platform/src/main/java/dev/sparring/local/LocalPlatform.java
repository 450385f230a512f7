package dev.sparring.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./run-local.sh}: the whole platform on one machine without Docker. Starts Redis, a KRaft
 * Kafka broker and the three services as child processes, waits until every service reports UP,
 * and stops them all (services, then Kafka, then Redis) on Ctrl-C, on SIGTERM, when startup fails
 * or when any of them dies.
 */
public final class LocalPlatform {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

    private final PlatformSettings settings;
    private final ProcessSupervisor supervisor;

    LocalPlatform(PlatformSettings settings, ProcessSupervisor supervisor) {
        this.settings = settings;
        this.supervisor = supervisor;
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(PlatformSettings.USAGE);
            return;
        }
        PlatformSettings settings;
        try {
            settings = PlatformSettings.from(System.getenv(), arguments,
                    PlatformSettings.locateRepoRoot(Path.of("")), projectVersion());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Run with --help for the options and port variables.");
            System.exit(2);
            return;
        }
        ProcessSupervisor supervisor = new ProcessSupervisor(settings.stopTimeout());
        // Ctrl-C and SIGTERM run this; the JVM then exits with 130 / 143 as shells expect
        Runtime.getRuntime().addShutdownHook(new Thread(supervisor::stopAll, "local-platform-shutdown"));
        System.exit(new LocalPlatform(settings, supervisor).run());
    }

    /** Runs until the platform stops; returns the process exit code. */
    int run() {
        Stopwatch stopwatch = Stopwatch.start();
        try {
            prepare();
            List<ManagedProcess> running = new ArrayList<>();
            running.add(new RedisProcess(settings, supervisor).start());
            running.add(new KafkaBroker(settings, supervisor).start());
            if (!settings.infrastructureOnly()) {
                List<HealthWaiter.Target> services = startServices();
                services.forEach(target -> running.add(target.process()));
                new HealthWaiter().awaitAllUp(services, settings.healthTimeout());
            }
            printBanner(stopwatch);
            return superviseUntilExit(running);
        } catch (RuntimeException e) {
            if (supervisor.isStopping()) {
                // Ctrl-C during startup: the shutdown hook is already stopping what was started
                return 0;
            }
            if (e instanceof StartupException) {
                log.error(e.getMessage());
            } else {
                log.error("The local platform failed to start", e);
            }
            supervisor.stopAll();
            return 1;
        }
    }

    /** Everything that can fail without having started anything comes first. */
    private void prepare() {
        if (!settings.infrastructureOnly()) {
            if (settings.projectVersion().isBlank()) {
                throw new StartupException("local-platform.properties carries no project version, so the services' jars"
                        + " cannot be found: run the launcher from the classes Maven built (run-local.sh does this)");
            }
            for (ServiceSpec service : settings.services()) {
                Path jar = service.execJar(settings.repoRoot(), settings.projectVersion());
                if (!Files.isRegularFile(jar)) {
                    throw new StartupException("Missing " + jar + ": build the services first with `mvn -DskipTests install`"
                            + " (run-local.sh does this unless given --skip-build)");
                }
            }
        }
        PortCheck.requireFree(settings.portClaims());
        if (settings.fresh()) {
            log.info("--fresh: deleting Kafka's and Redis' data under {}", settings.workDir());
            deleteRecursively(settings.kafkaDir());
            deleteRecursively(settings.redisDir());
        }
        // each run starts with empty logs, so what is in them is about this run
        deleteRecursively(settings.logsDir());
    }

    private List<HealthWaiter.Target> startServices() {
        supervisor.beginStage("services");
        ServiceProcess launcher = new ServiceProcess(settings, supervisor);
        // started together, so the platform is up after the slowest service rather than after the sum of all three
        return settings.services().stream()
                .map(service -> new HealthWaiter.Target(service, launcher.start(service)))
                .toList();
    }

    /** Blocks until a child exits. Returns 0 when that is because of a shutdown, 1 when one died on its own. */
    private int superviseUntilExit(List<ManagedProcess> running) {
        CompletableFuture.anyOf(running.stream().map(ManagedProcess::onExit).toArray(CompletableFuture[]::new)).join();
        // Without setsid a terminal's Ctrl-C also reaches the children directly; give the shutdown hook
        // a moment to start so that is not reported as a crash.
        pause(1_000);
        if (supervisor.isStopping()) {
            return 0;
        }
        ManagedProcess dead = running.stream().filter(p -> !p.isAlive()).findFirst().orElseThrow();
        log.error("{} exited unexpectedly (exit code {}); see {}. Stopping the platform.", dead.name(), dead.exitCode(), dead.logFile());
        supervisor.stopAll();
        return 1;
    }

    private void printBanner(Stopwatch stopwatch) {
        String rule = "=".repeat(78);
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(rule);
        if (settings.infrastructureOnly()) {
            lines.add("  Kafka and Redis are running (started in " + stopwatch + "). Run the services from your IDE with:");
            lines.add("");
            lines.add("    KAFKA_BOOTSTRAP=" + settings.kafkaBootstrap() + " REDIS_HOST=127.0.0.1 REDIS_PORT="
                    + settings.redisPort() + " SPRING_PROFILES_ACTIVE=local");
        } else {
            lines.add("  Sparring is running (started in " + stopwatch + ")");
            lines.add("");
            lines.add("    Open   http://localhost:" + gatewayPort());
        }
        lines.add("");
        lines.add("    Logs   " + display(settings.logsDir()) + "/  (" + String.join(", ", logFileNames()) + ")");
        lines.add("    Kafka  " + settings.kafkaBootstrap() + "    Redis  127.0.0.1:" + settings.redisPort());
        lines.add("");
        lines.add("  Ctrl-C to stop.");
        lines.add(rule);
        lines.add("");
        System.out.println(String.join(System.lineSeparator(), lines));
    }

    private int gatewayPort() {
        return settings.services().stream().filter(s -> s.module().equals("gateway")).findFirst().orElseThrow().port();
    }

    private List<String> logFileNames() {
        List<String> names = new ArrayList<>();
        if (!settings.infrastructureOnly()) {
            settings.services().forEach(s -> names.add(s.module() + ".log"));
        }
        names.add("kafka.log");
        names.add("redis.log");
        return names;
    }

    /** Relative to the current directory when inside it: shorter, and what the user types next. */
    private static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }

    /** The version Maven filtered into local-platform.properties, or "" when the resource was not filtered. */
    private static String projectVersion() {
        Properties properties = new Properties();
        try (InputStream in = LocalPlatform.class.getResourceAsStream("/local-platform.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("project.version", "");
        // unfiltered (e.g. resources copied by an IDE): only --infrastructure-only can run without it
        return version.contains("@") ? "" : version.trim();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new StartupException("Cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
