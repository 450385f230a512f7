package dev.sparring.platform.redis;

import dev.sparring.platform.report.ReportReader;
import dev.sparring.platform.session.SessionReader;
import dev.sparring.platform.session.StoredSessionState;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(afterName = {
        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties(RedisKeyspace.class)
public class RedisPlatformAutoConfiguration {

    @Bean
    ReportReader reportReader(StringRedisTemplate redis, RedisKeyspace keyspace) {
        return new ReportReader(redis, keyspace);
    }

    @Bean
    StoredSessionState storedSessionState(JsonMapper json) {
        return new StoredSessionState(json);
    }

    @Bean
    SessionReader sessionReader(StringRedisTemplate redis, RedisKeyspace keyspace, JsonMapper json,
            StoredSessionState stored) {
        return new SessionReader(redis, keyspace, json, stored);
    }
}
