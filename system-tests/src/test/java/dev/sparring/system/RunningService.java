package dev.sparring.system;

import dev.sparring.testsupport.RealInfrastructure;
import java.util.ArrayList;
import java.util.List;
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
final class RunningService implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningService start(Function<String[], ConfigurableApplicationContext> main, String redisKeyPrefix,
            String... extraArgs) {
        List<String> args = new ArrayList<>();
        for (Map.Entry<String, Object> property : RealInfrastructure.get().springProperties().entrySet()) {
            args.add("--" + property.getKey() + "=" + property.getValue());
        }
        args.add("--server.port=0");
        args.add("--sparring.redis.key-prefix=" + redisKeyPrefix);
        args.addAll(List.of(extraArgs));
        return new RunningService(main.apply(args.toArray(String[]::new)));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Waits until the listener has partitions: a consumer reading from the newest offset sees nothing before. */
    RunningService awaitListenerAssigned(String listenerId) {
        MessageListenerContainer container = bean(KafkaListenerEndpointRegistry.class).getListenerContainer(listenerId);
        await().until(() -> container.getAssignedPartitions() != null && !container.getAssignedPartitions().isEmpty());
        return this;
    }

    @Override
    public void close() {
        context.close();
    }
}
