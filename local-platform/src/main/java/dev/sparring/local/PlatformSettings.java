package dev.sparring.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the launcher needs to know, resolved once from the environment and the command line.
 *
 * @param repoRoot the Sparring checkout; all state lives under {@code <repoRoot>/target/local-platform}
 * @param projectVersion the version in the services' jar names
 * @param kafkaPort the broker's client listener (PLAINTEXT)
 * @param kafkaControllerPort the KRaft controller listener
 * @param redisPort Redis; not 6379 so it never collides with a Redis the machine already runs
 * @param services the services to start, in start order
 * @param healthTimeout how long all services together may take to report UP
 * @param stopTimeout how long one stage (services, Kafka, Redis) may take to exit before it is killed
 * @param infrastructureOnly start only Kafka and Redis (services run from the IDE)
 * @param fresh wipe Kafka's and Redis' data before starting
 */
public record PlatformSettings(
        Path repoRoot,
        String projectVersion,
        int kafkaPort,
        int kafkaControllerPort,
        int redisPort,
        List<ServiceSpec> services,
        Duration healthTimeout,
        Duration stopTimeout,
        boolean infrastructureOnly,
        boolean fresh) {

    public static final String KAFKA_PORT_VARIABLE = "SPARRING_KAFKA_PORT";
    public static final String KAFKA_CONTROLLER_PORT_VARIABLE = "SPARRING_KAFKA_CONTROLLER_PORT";
    public static final String REDIS_PORT_VARIABLE = "SPARRING_REDIS_PORT";
    public static final String HEALTH_TIMEOUT_VARIABLE = "SPARRING_HEALTH_TIMEOUT_SECONDS";

    static final int DEFAULT_KAFKA_PORT = 19092;
    static final int DEFAULT_KAFKA_CONTROLLER_PORT = 19093;
    static final int DEFAULT_REDIS_PORT = 16379;
    static final Duration DEFAULT_HEALTH_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    /** Start order: the session service owns the state the gateway and the evaluation service read. */
    static final List<ServiceSpec> DEFAULT_SERVICES = List.of(
            new ServiceSpec("session-service", 8081),
            new ServiceSpec("gateway", 8080),
            new ServiceSpec("evaluation-service", 8082));

    static final String USAGE = """
            Usage: run-local.sh [--skip-build] [--infrastructure-only] [--fresh] [--help]

              --skip-build           (run-local.sh only) start without running mvn install first
              --infrastructure-only  start only Kafka and Redis, e.g. to run the services from an IDE
              --fresh                delete Kafka's and Redis' data under target/local-platform first
                                     (by default a restart keeps topics, offsets and Redis state)

            Ports (environment variables):
              SPARRING_KAFKA_PORT (19092), SPARRING_KAFKA_CONTROLLER_PORT (19093), SPARRING_REDIS_PORT (16379),
              SPARRING_SESSION_SERVICE_PORT (8081), SPARRING_GATEWAY_PORT (8080), SPARRING_EVALUATION_SERVICE_PORT (8082)
            Other: SPARRING_HEALTH_TIMEOUT_SECONDS (120)""";

    public PlatformSettings {
        services = List.copyOf(services);
        requireDistinctPorts(kafkaPort, kafkaControllerPort, redisPort, services);
    }

    /**
     * Reads the settings; throws {@link IllegalArgumentException} with a message meant for the user
     * on a bad port, a port used twice or an unknown option.
     */
    public static PlatformSettings from(Map<String, String> env, List<String> args, Path repoRoot, String projectVersion) {
        boolean infrastructureOnly = false;
        boolean fresh = false;
        for (String arg : args) {
            switch (arg) {
                case "--infrastructure-only" -> infrastructureOnly = true;
                case "--fresh" -> fresh = true;
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        List<ServiceSpec> services = DEFAULT_SERVICES.stream()
                .map(s -> new ServiceSpec(s.module(), port(env, ServiceSpec.portVariable(s.module()), s.port())))
                .toList();
        return new PlatformSettings(
                repoRoot,
                projectVersion,
                port(env, KAFKA_PORT_VARIABLE, DEFAULT_KAFKA_PORT),
                port(env, KAFKA_CONTROLLER_PORT_VARIABLE, DEFAULT_KAFKA_CONTROLLER_PORT),
                port(env, REDIS_PORT_VARIABLE, DEFAULT_REDIS_PORT),
                services,
                Duration.ofSeconds(positiveInt(env, HEALTH_TIMEOUT_VARIABLE, (int) DEFAULT_HEALTH_TIMEOUT.toSeconds())),
                STOP_TIMEOUT,
                infrastructureOnly,
                fresh);
    }

    /**
     * The checkout containing {@code start}: the launcher may be started from the repository root
     * (run-local.sh) or from a module directory (an IDE run configuration).
     */
    public static Path locateRepoRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("local-platform/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalArgumentException("Cannot find the Sparring checkout (a directory with pom.xml and local-platform/) at or above "
                + start.toAbsolutePath() + "; start the launcher from inside the repository");
    }

    public Path workDir() {
        return repoRoot.resolve("target").resolve("local-platform");
    }

    public Path kafkaDir() {
        return workDir().resolve("kafka");
    }

    public Path redisDir() {
        return workDir().resolve("redis");
    }

    public Path logsDir() {
        return workDir().resolve("logs");
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    /** Every port the platform is about to listen on, with who wants it and how to move it. */
    public List<PortClaim> portClaims() {
        List<PortClaim> claims = new ArrayList<>(List.of(
                new PortClaim(kafkaPort, "Kafka", KAFKA_PORT_VARIABLE),
                new PortClaim(kafkaControllerPort, "the Kafka controller", KAFKA_CONTROLLER_PORT_VARIABLE),
                new PortClaim(redisPort, "Redis", REDIS_PORT_VARIABLE)));
        if (!infrastructureOnly) {
            services.forEach(s -> claims.add(new PortClaim(s.port(), s.module(), ServiceSpec.portVariable(s.module()))));
        }
        return claims;
    }

    private static int port(Map<String, String> env, String variable, int defaultPort) {
        int port = positiveInt(env, variable, defaultPort);
        if (port > 65535) {
            throw new IllegalArgumentException(variable + "=" + port + " is not a TCP port (1-65535)");
        }
        return port;
    }

    private static int positiveInt(Map<String, String> env, String variable, int defaultValue) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name, which the exception does not know
        }
        throw new IllegalArgumentException(variable + "=" + value + " is not a positive whole number");
    }

    private static void requireDistinctPorts(int kafkaPort, int kafkaControllerPort, int redisPort, List<ServiceSpec> services) {
        Map<Integer, String> owners = new HashMap<>();
        claim(owners, kafkaPort, "Kafka");
        claim(owners, kafkaControllerPort, "the Kafka controller");
        claim(owners, redisPort, "Redis");
        services.forEach(s -> claim(owners, s.port(), s.module()));
    }

    private static void claim(Map<Integer, String> owners, int port, String owner) {
        String previous = owners.putIfAbsent(port, owner);
        if (previous != null) {
            throw new IllegalArgumentException("Port " + port + " is configured for both " + previous + " and " + owner);
        }
    }
}
