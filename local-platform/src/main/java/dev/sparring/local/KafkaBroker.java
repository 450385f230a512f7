package dev.sparring.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft broker in a child JVM, started from the jars on the launcher's own
 * classpath ({@code kafka.Kafka}), so nothing is downloaded at run time.
 *
 * <p>Data lives in {@code target/local-platform/kafka/data} and survives restarts: the storage is
 * formatted only when it has no {@code meta.properties} yet. {@code --fresh} (or {@code mvn clean})
 * deletes it.
 */
final class KafkaBroker {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private static final String LOG4J_CONFIG_RESOURCE = "/kafka-log4j2.properties";
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final PlatformSettings settings;
    private final ProcessSupervisor supervisor;

    KafkaBroker(PlatformSettings settings, ProcessSupervisor supervisor) {
        this.settings = settings;
        this.supervisor = supervisor;
    }

    /** Starts the broker and returns once it answers a metadata request. */
    ManagedProcess start() {
        Stopwatch stopwatch = Stopwatch.start();
        Path dataDir = dataDir();
        Path serverProperties = settings.kafkaDir().resolve("server.properties");
        try {
            Files.createDirectories(dataDir);
            Files.writeString(serverProperties, KafkaServerProperties.render(
                    KafkaServerProperties.of(settings.kafkaPort(), settings.kafkaControllerPort(), dataDir)));
            // a file, because log4j2.configurationFile does not look on the classpath
            try (InputStream log4jConfig = KafkaBroker.class.getResourceAsStream(LOG4J_CONFIG_RESOURCE)) {
                Files.copy(Objects.requireNonNull(log4jConfig, LOG4J_CONFIG_RESOURCE), log4jConfigFile(),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the broker's configuration to " + settings.kafkaDir(), e);
        }
        supervisor.beginStage("Kafka");
        if (isFormatted(dataDir)) {
            log.info("Kafka: reusing the data in {}", dataDir);
        } else {
            format(serverProperties);
        }
        ManagedProcess broker = supervisor.launch(kafkaJvm("Kafka", "kafka.Kafka", serverProperties.toString()));
        awaitReady(broker);
        log.info("Kafka is up on {} after {}", settings.kafkaBootstrap(), stopwatch);
        return broker;
    }

    Path dataDir() {
        return settings.kafkaDir().resolve("data");
    }

    static boolean isFormatted(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve("meta.properties"));
    }

    private void format(Path serverProperties) {
        // generated here rather than by `StorageTool random-uuid`, whose output can arrive mixed with a log line
        String clusterId = Uuid.randomUuid().toString();
        log.info("Kafka: formatting new storage in {} (cluster id {})", dataDir(), clusterId);
        ManagedProcess formatter = supervisor.launch(kafkaJvm("Kafka storage formatter",
                "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", serverProperties.toString()));
        try {
            if (!formatter.waitFor(FORMAT_TIMEOUT)) {
                throw new StartupException("Formatting Kafka's storage took longer than " + FORMAT_TIMEOUT.toSeconds()
                        + " s; see " + formatter.logFile());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted while formatting Kafka's storage", e);
        }
        if (formatter.exitCode() != 0) {
            throw new StartupException("Formatting Kafka's storage failed (exit code " + formatter.exitCode()
                    + "); see " + formatter.logFile());
        }
    }

    private LaunchSpec kafkaJvm(String name, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Executables.currentJava().toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + tmpDir(),
                // without it the broker would pick up the launcher's own log4j2.xml from the shared classpath
                "-Dlog4j2.configurationFile=" + log4jConfigFile(),
                "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        return new LaunchSpec(name, command, Map.of(), settings.kafkaDir(), settings.logsDir().resolve("kafka.log"));
    }

    private Path log4jConfigFile() {
        return settings.kafkaDir().resolve("log4j2.properties");
    }

    private Path tmpDir() {
        Path tmp = settings.kafkaDir().resolve("tmp");
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tmp;
    }

    /**
     * Waits for an answered metadata request rather than an open port: the broker binds its listener
     * early but serves requests only once it has joined its own quorum.
     */
    private void awaitReady(ManagedProcess broker) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap(),
                AdminClientConfig.CLIENT_ID_CONFIG, "sparring-local-platform",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                // the default backoff grows to seconds while the port is still closed, delaying the first answer
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200,
                AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 200);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!broker.isAlive()) {
                    throw new StartupException("Kafka exited during startup (exit code " + broker.exitCode()
                            + "); see " + broker.logFile());
                }
                if (System.nanoTime() > deadline) {
                    throw new StartupException("Kafka did not answer on " + settings.kafkaBootstrap() + " within "
                            + READY_TIMEOUT.toSeconds() + " s; see " + broker.logFile());
                }
                try {
                    Collection<Node> nodes = admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    if (!nodes.isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not serving yet: try again until the deadline
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted while waiting for Kafka", e);
        }
    }
}
