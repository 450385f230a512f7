package dev.sparring.evaluation.calibration.ledger;

import dev.sparring.contracts.kit.RoundPlan;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.platform.redis.RedisKeyspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every interviewer score and recommendation of a team, as submitted live or imported. Redis layout
 * (all keys behind the platform prefix; {@code {team}} is a cluster hash tag so a team's keys live
 * together):
 * <pre>
 *   calibration:{team}:scores            hash  session|round|interviewer|competency -> ScoreRow JSON
 *   calibration:{team}:recommendations   hash  session|interviewer                  -> RecommendationRow JSON
 *   calibration:session:{session}        string SessionFacts JSON (team, candidate, round kinds)
 * </pre>
 * An import writes both hashes in one Lua script, so it stores every row or none.
 */
@Component
public class CalibrationLedger {

    private static final DefaultRedisScript<Long> STORE_ALL = new DefaultRedisScript<>("""
            local scores = tonumber(ARGV[1])
            local i = 2
            for n = 1, scores do
              redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
              i = i + 2
            end
            while i <= #ARGV do
              redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
              i = i + 2
            end
            return scores
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeyspace keyspace;
    private final JsonMapper json;

    CalibrationLedger(StringRedisTemplate redis, RedisKeyspace keyspace, JsonMapper json) {
        this.redis = redis;
        this.keyspace = keyspace;
        this.json = json;
    }

    /** Files a live session event: creation remembers the session, scores and recommendations are filed. */
    public void record(EventEnvelope envelope) {
        SessionEvent event = envelope.event();
        if (event instanceof SessionEvent.SessionCreated created) {
            SessionFacts facts = new SessionFacts(envelope.sessionId(), created.teamId(),
                    "session:" + envelope.sessionId(), created.candidateName(),
                    created.kit().rounds().stream().map(RoundPlan::kind).toList());
            redis.opsForValue().set(sessionKey(envelope.sessionId()), json.writeValueAsString(facts));
        } else if (event instanceof SessionEvent.CompetencyScored scored) {
            session(envelope.sessionId())
                    .filter(facts -> scored.roundIndex() >= 0 && scored.roundIndex() < facts.roundKinds().size())
                    .ifPresent(facts -> {
                        ScoreRow row = new ScoreRow(facts.teamId(), scored.interviewer().userId(), facts.candidateId(),
                                facts.sessionId(), scored.roundIndex(), facts.roundKinds().get(scored.roundIndex()),
                                scored.competency(), scored.level(), envelope.occurredAt(), "live");
                        redis.opsForHash().put(scoresKey(facts.teamId()), row.field(), json.writeValueAsString(row));
                    });
        } else if (event instanceof SessionEvent.RecommendationRecorded recommended) {
            session(envelope.sessionId()).ifPresent(facts -> {
                RecommendationRow row = new RecommendationRow(facts.teamId(), recommended.interviewer().userId(),
                        facts.candidateId(), facts.sessionId(), recommended.recommendation(), envelope.occurredAt(),
                        "live");
                redis.opsForHash().put(recommendationsKey(facts.teamId()), row.field(), json.writeValueAsString(row));
            });
        }
    }

    /** Stores all the rows atomically (one Lua script). */
    public void storeAll(String teamId, List<ScoreRow> scores, List<RecommendationRow> recommendations) {
        List<String> args = new ArrayList<>(1 + 2 * (scores.size() + recommendations.size()));
        args.add(String.valueOf(scores.size()));
        for (ScoreRow row : scores) {
            args.add(row.field());
            args.add(json.writeValueAsString(row));
        }
        for (RecommendationRow row : recommendations) {
            args.add(row.field());
            args.add(json.writeValueAsString(row));
        }
        redis.execute(STORE_ALL, List.of(scoresKey(teamId), recommendationsKey(teamId)), args.toArray());
    }

    /** The team's scores, ordered by time, then interviewer, session, round and competency. */
    public List<ScoreRow> scores(String teamId) {
        return redis.opsForHash().values(scoresKey(teamId)).stream()
                .map(value -> json.readValue((String) value, ScoreRow.class))
                .sorted(Comparator.comparing(ScoreRow::scoredAt).thenComparing(ScoreRow::interviewerId)
                        .thenComparing(ScoreRow::sessionId).thenComparingInt(ScoreRow::roundIndex)
                        .thenComparing(ScoreRow::competency))
                .toList();
    }

    public List<RecommendationRow> recommendations(String teamId) {
        return redis.opsForHash().values(recommendationsKey(teamId)).stream()
                .map(value -> json.readValue((String) value, RecommendationRow.class))
                .sorted(Comparator.comparing(RecommendationRow::recordedAt)
                        .thenComparing(RecommendationRow::interviewerId).thenComparing(RecommendationRow::sessionId))
                .toList();
    }

    /** The facts of a live session the ledger has seen created. */
    public Optional<SessionFacts> session(String sessionId) {
        return Optional.ofNullable(redis.opsForValue().get(sessionKey(sessionId)))
                .map(value -> json.readValue(value, SessionFacts.class));
    }

    private String scoresKey(String teamId) {
        return keyspace.key("calibration:{" + teamId + "}:scores");
    }

    private String recommendationsKey(String teamId) {
        return keyspace.key("calibration:{" + teamId + "}:recommendations");
    }

    private String sessionKey(String sessionId) {
        return keyspace.key("calibration:session:{" + sessionId + "}");
    }
}
