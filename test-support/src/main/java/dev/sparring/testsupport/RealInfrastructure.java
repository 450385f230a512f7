package dev.sparring.testsupport;

import java.util.Map;
import org.testcontainers.DockerClientFactory;

/**
 * One real Kafka broker and one real Redis server for every test in this JVM, started on first use
 * and stopped when the JVM exits.
 *
 * <p>With a Docker engine both run in containers (Testcontainers). Without one, Kafka runs as an
 * in-JVM KRaft broker (the real broker code from spring-kafka-test) and Redis as a test-owned
 * {@code redis-server} process on a free port, so the same tests exercise real services either way.
 * Nothing here is a mock.
 */
public final class RealInfrastructure {

    private static volatile RealInfrastructure instance;

    private final KafkaServer kafka;
    private final RedisServer redis;

    private RealInfrastructure(KafkaServer kafka, RedisServer redis) {
        this.kafka = kafka;
        this.redis = redis;
    }

    /** The shared infrastructure, started the first time it is asked for. */
    public static RealInfrastructure get() {
        RealInfrastructure current = instance;
        if (current == null) {
            synchronized (RealInfrastructure.class) {
                current = instance;
                if (current == null) {
                    current = start();
                    instance = current;
                }
            }
        }
        return current;
    }

    private static RealInfrastructure start() {
        boolean docker = dockerAvailable();
        KafkaServer kafka = docker ? new ContainerKafka() : new EmbeddedKraftKafka();
        RedisServer redis = docker ? new ContainerRedis() : LocalRedisProcess.start();
        RealInfrastructure infrastructure = new RealInfrastructure(kafka, redis);
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "real-infrastructure-stop"));
        return infrastructure;
    }

    private static boolean dockerAvailable() {
        if (Boolean.getBoolean("sparring.tests.no-docker")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String redisHost() {
        return redis.host();
    }

    public int redisPort() {
        return redis.port();
    }

    /** The Spring properties that point a service at this infrastructure. */
    public Map<String, Object> springProperties() {
        return Map.of(
                "spring.kafka.bootstrap-servers", kafkaBootstrapServers(),
                "spring.data.redis.host", redisHost(),
                "spring.data.redis.port", redisPort());
    }

    private void stop() {
        redis.stop();
        kafka.stop();
    }

    interface KafkaServer {

        String bootstrapServers();

        void stop();
    }

    interface RedisServer {

        String host();

        int port();

        void stop();
    }
}
