package dev.sparring.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A single-node KRaft broker running inside the test JVM. Topics are created by the services. */
final class EmbeddedKraftKafka implements RealInfrastructure.KafkaServer {

    private final EmbeddedKafkaKraftBroker broker;

    EmbeddedKraftKafka() {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperty("auto.create.topics.enable", "false");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
    }

    @Override
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void stop() {
        broker.destroy();
    }
}
