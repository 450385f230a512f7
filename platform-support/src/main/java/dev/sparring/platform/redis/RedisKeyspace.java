package dev.sparring.platform.redis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The prefix in front of every Redis key a service writes. Deployments sharing one Redis, and
 * tests sharing one server, keep apart by giving each a prefix of its own.
 */
@ConfigurationProperties("sparring.redis")
public record RedisKeyspace(@DefaultValue("sparring:") String keyPrefix) {

    /** {@code <prefix><name>}: for example {@code sparring:} + {@code session:{s-1}:seq}. */
    public String key(String name) {
        return keyPrefix + name;
    }
}
