package dev.sparring.testsupport;

import org.testcontainers.kafka.KafkaContainer;

/** The Apache Kafka image in KRaft mode, for machines with a Docker engine. */
final class ContainerKafka implements RealInfrastructure.KafkaServer {

    static final String IMAGE = "apache/kafka:4.1.2";

    private final KafkaContainer container;

    ContainerKafka() {
        container = new KafkaContainer(IMAGE).withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        container.start();
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void stop() {
        container.stop();
    }
}
