package dev.sparring.platform.kafka;

import dev.sparring.contracts.Topics;
import org.apache.kafka.common.header.Headers;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;

/**
 * Tells spring-kafka's {@code JacksonJsonDeserializer} which contract record a topic carries, so no
 * Java class name travels in headers and one consumer can read several topics. Wired through
 * {@code spring.json.value.type.method} in {@code sparring-platform-defaults.properties}.
 */
public final class ContractTypes {

    private static final TypeFactory TYPES = TypeFactory.createDefaultInstance();

    private ContractTypes() {
    }

    public static JavaType resolve(String topic, byte[] data, Headers headers) {
        Class<?> type = Topics.find(topic)
                .orElseThrow(() -> new IllegalArgumentException("no contract is declared for topic " + topic))
                .valueType();
        return TYPES.constructType(type);
    }
}
