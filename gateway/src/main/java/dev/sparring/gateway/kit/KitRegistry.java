package dev.sparring.gateway.kit;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.content.kit.KitCatalog;
import dev.sparring.content.kit.KitProblem;
import dev.sparring.content.kit.KitValidationException;
import dev.sparring.platform.redis.RedisKeyspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The kits a team can run: the built-in ones every team sees, and the team's own. A team's kits
 * live in the compacted {@code sparring.kits} topic (the latest version per team and kit id); every
 * gateway reads the whole topic at startup and follows it, so a kit published through any instance
 * is known to all of them.
 *
 * <p>Versions are assigned in Redis ({@code kits:{team}/{kit}:version}), not from one gateway's view of
 * the topic: two gateways publishing the same kit at once would otherwise both publish the same version.
 * The counter never goes below what the topic holds, so a Redis that lost it cannot reuse a version.
 */
@Component
public class KitRegistry {

    /** KEYS[1] the kit's version counter; ARGV[1] the latest version this gateway knows. */
    private static final RedisScript<Long> NEXT_VERSION = RedisScript.of("""
            local next = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), tonumber(ARGV[1])) + 1
            redis.call('SET', KEYS[1], next)
            return next
            """, Long.class);

    private final KitCatalog builtIn;
    private final KafkaTemplate<String, Object> kafka;
    private final StringRedisTemplate redis;
    private final RedisKeyspace keyspace;
    private final Map<String, InterviewKit> teamKits = new ConcurrentHashMap<>();

    KitRegistry(KitCatalog builtIn, KafkaTemplate<String, Object> kafka, StringRedisTemplate redis,
            RedisKeyspace keyspace) {
        this.builtIn = builtIn;
        this.kafka = kafka;
        this.redis = redis;
        this.keyspace = keyspace;
    }

    public List<InterviewKit> visibleTo(String teamId) {
        List<InterviewKit> kits = new ArrayList<>(builtIn.builtIn());
        teamKits.values().stream().filter(kit -> kit.teamId().equals(teamId))
                .sorted(Comparator.comparing(InterviewKit::id))
                .forEach(kits::add);
        return kits;
    }

    public Optional<InterviewKit> find(String teamId, String kitId) {
        return builtIn.find(kitId).or(() -> Optional.ofNullable(teamKits.get(key(teamId, kitId))));
    }

    /**
     * Publishes a validated kit as the team's next version of it.
     *
     * @throws KitValidationException when the id belongs to a built-in kit
     */
    public CompletableFuture<InterviewKit> publish(String teamId, InterviewKit kit) {
        if (builtIn.find(kit.id()).isPresent()) {
            throw new KitValidationException(List.of(new KitProblem("id",
                    "'" + kit.id() + "' is the id of a built-in kit; choose another")));
        }
        String key = key(teamId, kit.id());
        int known = Optional.ofNullable(teamKits.get(key)).map(InterviewKit::version).orElse(0);
        Long version = redis.execute(NEXT_VERSION, List.of(keyspace.key("kits:{" + key + "}:version")),
                String.valueOf(known));
        InterviewKit published = kit.ownedBy(teamId).withVersion(Math.toIntExact(version));
        return kafka.send(Topics.KITS, key, published).thenApply(sent -> {
            remember(published);
            return published;
        });
    }

    /**
     * The topic's order decides: its last record of a kit is the one compaction keeps, so every gateway,
     * running or restarted, ends with that one even when two publishes of the kit crossed.
     */
    @KafkaListener(id = "gateway-kits", topics = Topics.KITS, groupId = "#{@gatewayInstance.groupId('kits')}",
            properties = "auto.offset.reset=earliest")
    void on(InterviewKit kit) {
        teamKits.put(key(kit.teamId(), kit.id()), kit);
    }

    /** A publish is visible here at once (its record follows through {@link #on} and confirms it). */
    private void remember(InterviewKit kit) {
        teamKits.merge(key(kit.teamId(), kit.id()), kit,
                (known, arriving) -> arriving.version() >= known.version() ? arriving : known);
    }

    private static String key(String teamId, String kitId) {
        return teamId + "/" + kitId;
    }
}
