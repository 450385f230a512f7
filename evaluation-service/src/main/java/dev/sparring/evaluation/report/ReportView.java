package dev.sparring.evaluation.report;

import dev.sparring.contracts.report.ReportPublished;
import dev.sparring.platform.report.ReportKeys;
import dev.sparring.platform.report.ReportReader;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The Redis view of reports (layout in {@link ReportKeys}). Storing a version is one atomic script
 * that never moves "latest" backwards, so a rebuild replaying old versions in any order ends where
 * the live path would.
 */
@Component
public class ReportView {

    private static final RedisScript<Long> STORE = RedisScript.of("""
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
            local latest = tonumber(redis.call('GET', KEYS[3]) or '0')
            if tonumber(ARGV[1]) >= latest then
              redis.call('SET', KEYS[3], ARGV[1])
              redis.call('SET', KEYS[4], ARGV[4])
            end
            return latest
            """, Long.class);

    private final StringRedisTemplate redis;
    private final ReportReader reader;

    ReportView(StringRedisTemplate redis, ReportReader reader) {
        this.redis = redis;
        this.reader = reader;
    }

    Optional<Integer> latestVersion(String sessionId) {
        return reader.latestVersion(sessionId);
    }

    Optional<String> digest(String sessionId) {
        return Optional.ofNullable(redis.opsForValue().get(reader.keys(sessionId).content()));
    }

    /** @param digest of the version's content; rebuilt versions pass the digest they recompute */
    public void store(ReportPublished published, String digest) {
        ReportKeys keys = reader.keys(published.sessionId());
        redis.execute(STORE, List.of(keys.reports(), keys.feedback(), keys.latest(), keys.content()),
                String.valueOf(published.version()), published.report(), published.feedback(), digest);
    }

    public Optional<String> report(String sessionId, int version) {
        return reader.report(sessionId, version);
    }

    public Optional<String> feedback(String sessionId, int version) {
        return reader.feedback(sessionId, version);
    }
}
