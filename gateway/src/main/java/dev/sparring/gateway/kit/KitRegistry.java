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
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
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
    private final Map<String, Placed> teamKits = new ConcurrentHashMap<>();

    KitRegistry(KitCatalog builtIn, KafkaTemplate<String, Object> kafka, StringRedisTemplate redis,
            RedisKeyspace keyspace) {
        this.builtIn = builtIn;
        this.kafka = kafka;
        this.redis = redis;
        this.keyspace = keyspace;
    }

    public List<InterviewKit> visibleTo(String teamId) {
        List<InterviewKit> kits = new ArrayList<>(builtIn.builtIn());
        teamKits.values().stream().map(Placed::kit).filter(kit -> kit.teamId().equals(teamId))
                .sorted(Comparator.comparing(InterviewKit::id))
                .forEach(kits::add);
        return kits;
    }

    public Optional<InterviewKit> find(String teamId, String kitId) {
        return builtIn.find(kitId).or(() -> Optional.ofNullable(teamKits.get(key(teamId, kitId))).map(Placed::kit));
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
        int known = Optional.ofNullable(teamKits.get(key)).map(Placed::highestVersion).orElse(0);
        Long version = redis.execute(NEXT_VERSION, List.of(keyspace.key("kits:{" + key + "}:version")),
                String.valueOf(known));
        InterviewKit published = kit.ownedBy(teamId).withVersion(Math.toIntExact(version));
        // visible here at once: the record follows through on() and confirms it
        return kafka.send(Topics.KITS, key, published).thenApply(sent -> {
            place(published, sent.getRecordMetadata().offset());
            return published;
        });
    }

    @KafkaListener(id = "gateway-kits", topics = Topics.KITS, groupId = "#{@gatewayInstance.groupId('kits')}",
            properties = "auto.offset.reset=earliest")
    void on(InterviewKit kit, @Header(KafkaHeaders.OFFSET) long offset) {
        place(kit, offset);
    }

    /**
     * The topic's order decides, not the version number nor which path told this gateway first: a kit's
     * record with the higher offset (one key, one partition) is the one compaction keeps, so every gateway,
     * running or restarted, ends with that one even when two publishes of the kit crossed.
     */
    private void place(InterviewKit kit, long offset) {
        teamKits.merge(key(kit.teamId(), kit.id()), new Placed(kit, offset, kit.version()),
                (known, arriving) -> (arriving.offset() >= known.offset() ? arriving : known)
                        .withHighestVersion(Math.max(known.highestVersion(), arriving.highestVersion())));
    }

    private static String key(String teamId, String kitId) {
        return teamId + "/" + kitId;
    }

    /**
     * The kit as the topic last has it, at which offset, and the highest version seen of it (the floor
     * of the next version when Redis lost its counter).
     */
    private record Placed(InterviewKit kit, long offset, int highestVersion) {

        Placed withHighestVersion(int version) {
            return new Placed(kit, offset, version);
        }
    }
}
