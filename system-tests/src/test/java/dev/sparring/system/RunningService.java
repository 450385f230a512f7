package dev.sparring.system;

import dev.sparring.testsupport.RealInfrastructure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.awaitility.Awaitility.await;

/**
 * One service started in this JVM against the shared real Kafka and Redis, the way its main method
 * starts it in production, with a random HTTP port.
 */
public final class RunningService implements AutoCloseable {

    /**
     * In production each service has a classpath of its own; here all share one, and the gateway's
     * Spring Security would otherwise secure the session- and evaluation-service too.
     */
    static final String NOT_THE_GATEWAY = "--spring.autoconfigure.exclude="
            + "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration,"
            + "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration,"
            + "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration,"
            + "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration,"
            + "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration,"
            + "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet."
            + "OAuth2ResourceServerAutoConfiguration";

    private final ConfigurableApplicationContext context;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * @param overrides {@code --name=value} arguments that replace the defaults (a repeated argument
     *     would otherwise be bound as a list)
     */
    static RunningService start(Function<String[], ConfigurableApplicationContext> main, String redisKeyPrefix,
            String... overrides) {
        Map<String, Object> properties = new LinkedHashMap<>(RealInfrastructure.get().springProperties());
        properties.put("server.port", 0);
        properties.put("sparring.redis.key-prefix", redisKeyPrefix);
        for (String override : overrides) {
            int equals = override.indexOf('=');
            properties.put(override.substring(2, equals), override.substring(equals + 1));
        }
        String[] args = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new RunningService(main.apply(args));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Waits until the listener has partitions: a consumer reading from the newest offset sees nothing before. */
    RunningService awaitListenerAssigned(String listenerId) {
        MessageListenerContainer container = bean(KafkaListenerEndpointRegistry.class).getListenerContainer(listenerId);
        await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> container.getAssignedPartitions() != null && !container.getAssignedPartitions().isEmpty());
        return this;
    }

    @Override
    public void close() {
        context.close();
    }
}
