package dev.sparring.platform.report;

import dev.sparring.platform.redis.RedisKeyspace;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Reads rubric reports from the Redis view as the JSON documents they are stored as. */
public class ReportReader {

    private final StringRedisTemplate redis;
    private final RedisKeyspace keyspace;

    public ReportReader(StringRedisTemplate redis, RedisKeyspace keyspace) {
        this.redis = redis;
        this.keyspace = keyspace;
    }

    public Optional<Integer> latestVersion(String sessionId) {
        String latest = redis.opsForValue().get(keys(sessionId).latest());
        return latest == null ? Optional.empty() : Optional.of(Integer.parseInt(latest));
    }

    /** The report JSON of a version. */
    public Optional<String> report(String sessionId, int version) {
        return Optional.ofNullable((String) redis.opsForHash().get(keys(sessionId).reports(), String.valueOf(version)));
    }

    /** The candidate feedback JSON of a version. */
    public Optional<String> feedback(String sessionId, int version) {
        return Optional.ofNullable((String) redis.opsForHash().get(keys(sessionId).feedback(), String.valueOf(version)));
    }

    public ReportKeys keys(String sessionId) {
        return new ReportKeys(keyspace, sessionId);
    }
}
