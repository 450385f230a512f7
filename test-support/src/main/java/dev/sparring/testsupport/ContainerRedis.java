package dev.sparring.testsupport;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/** The official Redis image, for machines with a Docker engine. */
final class ContainerRedis implements RealInfrastructure.RedisServer {

    static final String IMAGE = "redis:7.4.2";

    private final GenericContainer<?> container;

    ContainerRedis() {
        container = new GenericContainer<>(IMAGE)
                .withExposedPorts(6379)
                .withCommand("redis-server", "--save", "", "--appendonly", "no")
                .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*", 1));
        container.start();
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port() {
        return container.getMappedPort(6379);
    }

    @Override
    public void stop() {
        container.stop();
    }
}
