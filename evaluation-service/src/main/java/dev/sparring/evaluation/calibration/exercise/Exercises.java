package dev.sparring.evaluation.calibration.exercise;

import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.EventEnvelope;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.evaluation.calibration.ledger.CalibrationLedger;
import dev.sparring.evaluation.calibration.ledger.SessionFacts;
import dev.sparring.evaluation.session.EventArchive;
import dev.sparring.platform.redis.RedisKeyspace;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calibration exercises. Redis layout (behind the platform prefix):
 * <pre>
 *   calibration:{team}:exercise:{id}          string Exercise JSON
 *   calibration:{team}:exercise:{id}:scores   hash   member|round|competency -> level
 *   calibration:{team}:exercises              zset   exercise id, scored by its creation time (epoch µs)
 * </pre>
 * The team is part of every key, so one team can never address another team's exercise; {@code {team}}
 * is a cluster hash tag, so an exercise and the team's index are written together in one script. A
 * member's scores are written in one HSET.
 */
@Component
public class Exercises {

    /** What a replay shows: what the candidate saw and said, in order. */
    private static final Set<Class<? extends SessionEvent>> REPLAYED = Set.of(SessionEvent.RoundStarted.class,
            SessionEvent.RoundEnded.class, SessionEvent.PhaseAdvanced.class, SessionEvent.PromptRevealed.class,
            SessionEvent.PromptHidden.class, SessionEvent.UtteranceRecorded.class, SessionEvent.ChatPosted.class,
            SessionEvent.CodeUpdated.class);

    /** The most exercises one list returns (newest first). */
    public static final int MAX_LIST = 200;

    /** The exercise and its entry in the team's index, in one step. */
    private static final DefaultRedisScript<Long> CREATE = new DefaultRedisScript<>("""
            redis.call('SET', KEYS[1], ARGV[1])
            return redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeyspace keyspace;
    private final JsonMapper json;
    private final CalibrationLedger ledger;
    private final EventArchive archive;
    private final RubricCatalog rubrics;
    private final Clock clock = Clock.systemUTC();

    Exercises(StringRedisTemplate redis, RedisKeyspace keyspace, JsonMapper json, CalibrationLedger ledger,
            EventArchive archive, RubricCatalog rubrics) {
        this.redis = redis;
        this.keyspace = keyspace;
        this.json = json;
        this.ledger = ledger;
        this.archive = archive;
        this.rubrics = rubrics;
    }

    public Exercise create(String teamId, String sessionId, String createdBy) {
        SessionFacts facts = ledger.session(sessionId).filter(known -> known.teamId().equals(teamId))
                .orElseThrow(() -> new ExerciseRefusal("unknown-session", "the team has no past session " + sessionId));
        Exercise exercise = new Exercise("x-" + UUID.randomUUID(), teamId, sessionId, facts.candidateName(),
                createdBy, clock.instant(), facts.roundKinds());
        redis.execute(CREATE, List.of(key(teamId, exercise.id()), indexKey(teamId)), json.writeValueAsString(exercise),
                String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, exercise.createdAt())), exercise.id());
        return exercise;
    }

    /**
     * The team's exercises, newest first, at most {@code limit} (1..{@link #MAX_LIST}), each with
     * whether {@code viewer} has submitted scores in it and how many members have.
     */
    public List<ExerciseSummary> list(String teamId, String viewer, int limit) {
        int count = Math.max(1, Math.min(limit, MAX_LIST));
        Set<String> ids = redis.opsForZSet().reverseRange(indexKey(teamId), 0, count - 1L);
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<String> order = new ArrayList<>(ids);
        List<String> stored = redis.opsForValue().multiGet(order.stream().map(id -> key(teamId, id)).toList());
        List<ExerciseSummary> summaries = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            String value = stored == null ? null : stored.get(i);
            if (value == null) {
                continue; // indexed but gone: nothing to show
            }
            summaries.add(summary(json.readValue(value, Exercise.class), viewer));
        }
        return summaries;
    }

    /** One exercise of the team as {@code viewer} sees it in the list. */
    public ExerciseSummary summary(String teamId, String exerciseId, String viewer) {
        return summary(find(teamId, exerciseId), viewer);
    }

    private ExerciseSummary summary(Exercise exercise, String viewer) {
        Set<String> members = new TreeSet<>();
        for (Object field : redis.opsForHash().keys(scoresKey(exercise.teamId(), exercise.id()))) {
            members.add(((String) field).split("\\|", 2)[0]);
        }
        String candidateName = exercise.candidateName() != null ? exercise.candidateName()
                : ledger.session(exercise.sessionId()).map(SessionFacts::candidateName).orElse(null);
        return new ExerciseSummary(exercise.id(), exercise.sessionId(), candidateName, exercise.createdBy(),
                exercise.createdAt(), exercise.roundKinds(), viewer != null && members.contains(viewer),
                members.size());
    }

    public Exercise find(String teamId, String exerciseId) {
        String stored = redis.opsForValue().get(key(teamId, exerciseId));
        if (stored == null) {
            throw new ExerciseRefusal("unknown-session", "the team has no calibration exercise " + exerciseId);
        }
        return json.readValue(stored, Exercise.class);
    }

    /** The session as the candidate lived it, in sequence order. */
    public List<EventEnvelope> replay(String teamId, String exerciseId) {
        Exercise exercise = find(teamId, exerciseId);
        return archive.events(exercise.sessionId()).stream()
                .filter(event -> event.audience() == Audience.EVERYONE)
                .filter(event -> REPLAYED.contains(event.event().getClass()))
                .toList();
    }

    /** Stores a member's blind scores; a later submission of the same competency replaces the earlier one. */
    public void score(String teamId, String exerciseId, String member, List<ExerciseResults.MemberScore> scores) {
        Exercise exercise = find(teamId, exerciseId);
        if (scores.isEmpty()) {
            throw new ExerciseRefusal("invalid-value", "no scores given");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (ExerciseResults.MemberScore score : scores) {
            if (score.roundIndex() < 0 || score.roundIndex() >= exercise.roundKinds().size()) {
                throw new ExerciseRefusal("unknown-round", "the session has no round " + score.roundIndex());
            }
            List<String> competencies = rubrics.competencyIds(exercise.roundKinds().get(score.roundIndex()));
            if (!competencies.contains(score.competency())) {
                throw new ExerciseRefusal("unknown-competency", "round " + score.roundIndex() + " is scored on "
                        + competencies + ", not " + score.competency());
            }
            if (score.level() < 1 || score.level() > 4) {
                throw new ExerciseRefusal("invalid-value", "level " + score.level() + " is not between 1 and 4");
            }
            fields.put(member + "|" + score.roundIndex() + "|" + score.competency(), String.valueOf(score.level()));
        }
        redis.opsForHash().putAll(scoresKey(teamId, exerciseId), fields);
    }

    public List<ExerciseResults.MemberScore> scores(String teamId, String exerciseId) {
        List<ExerciseResults.MemberScore> scores = new ArrayList<>();
        redis.opsForHash().entries(scoresKey(teamId, exerciseId)).forEach((field, level) -> {
            String[] parts = ((String) field).split("\\|", 3);
            scores.add(new ExerciseResults.MemberScore(parts[0], Integer.parseInt(parts[1]), parts[2],
                    Integer.parseInt((String) level)));
        });
        return scores;
    }

    /**
     * The agreement table. A hiring manager (team scope) sees every member by id; a member sees it only
     * after submitting their own scores, with themselves as "you" and the others as "member N".
     */
    public ExerciseResults.Results results(String teamId, String exerciseId, String viewer, boolean teamScope) {
        Exercise exercise = find(teamId, exerciseId);
        List<ExerciseResults.MemberScore> scores = scores(teamId, exerciseId);
        Set<String> members = new TreeSet<>(scores.stream().map(ExerciseResults.MemberScore::memberId).toList());
        Map<String, String> names = new HashMap<>();
        if (!teamScope) {
            if (!members.contains(viewer)) {
                throw new ExerciseRefusal("forbidden", "submit your own scores first");
            }
            int n = 1;
            for (String member : members) {
                names.put(member, member.equals(viewer) ? "you" : "member " + n++);
            }
        }
        return ExerciseResults.of(exercise, scores, names);
    }

    private String key(String teamId, String exerciseId) {
        return keyspace.key("calibration:{" + teamId + "}:exercise:" + exerciseId);
    }

    private String indexKey(String teamId) {
        return keyspace.key("calibration:{" + teamId + "}:exercises");
    }

    private String scoresKey(String teamId, String exerciseId) {
        return key(teamId, exerciseId) + ":scores";
    }
}
