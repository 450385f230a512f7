package dev.sparring.evaluation.transcript;

import dev.sparring.platform.redis.RedisKeyspace;
import java.util.List;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Transcripts in Redis, one sorted set per session scored by sequence number:
 * {@code {prefix}transcript:{sessionId}}. Adding the same segment twice leaves one copy, so
 * re-reading the event stream is harmless.
 */
@Component
class TranscriptStore {

    private final StringRedisTemplate redis;
    private final RedisKeyspace keyspace;
    private final JsonMapper json;

    TranscriptStore(StringRedisTemplate redis, RedisKeyspace keyspace, JsonMapper json) {
        this.redis = redis;
        this.keyspace = keyspace;
        this.json = json;
    }

    void add(String sessionId, TranscriptSegment segment) {
        redis.opsForZSet().add(key(sessionId), json.writeValueAsString(segment), segment.sequence());
    }

    List<TranscriptSegment> segments(String sessionId) {
        Set<String> members = redis.opsForZSet().range(key(sessionId), 0, -1);
        if (members == null) {
            return List.of();
        }
        return members.stream().map(member -> json.readValue(member, TranscriptSegment.class)).toList();
    }

    private String key(String sessionId) {
        return keyspace.key("transcript:{" + sessionId + "}");
    }
}
