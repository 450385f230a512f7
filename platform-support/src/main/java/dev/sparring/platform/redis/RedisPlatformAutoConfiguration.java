package dev.sparring.platform.redis;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@AutoConfiguration
@EnableConfigurationProperties(RedisKeyspace.class)
public class RedisPlatformAutoConfiguration {
}
