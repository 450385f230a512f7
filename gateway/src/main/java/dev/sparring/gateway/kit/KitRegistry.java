package dev.sparring.gateway.kit;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.content.kit.KitCatalog;
import dev.sparring.content.kit.KitProblem;
import dev.sparring.content.kit.KitValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The kits a team can run: the built-in ones every team sees, and the team's own. A team's kits
 * live in the compacted {@code sparring.kits} topic (the latest version per team and kit id); every
 * gateway reads the whole topic at startup and follows it, so a kit published through any instance
 * is known to all of them.
 */
@Component
public class KitRegistry {

    private final KitCatalog builtIn;
    private final KafkaTemplate<String, Object> kafka;
    private final Map<String, InterviewKit> teamKits = new ConcurrentHashMap<>();

    KitRegistry(KitCatalog builtIn, KafkaTemplate<String, Object> kafka) {
        this.builtIn = builtIn;
        this.kafka = kafka;
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
        int version = Optional.ofNullable(teamKits.get(key(teamId, kit.id()))).map(InterviewKit::version).orElse(0) + 1;
        InterviewKit published = kit.ownedBy(teamId).withVersion(version);
        return kafka.send(Topics.KITS, key(teamId, kit.id()), published).thenApply(sent -> {
            remember(published);
            return published;
        });
    }

    @KafkaListener(id = "gateway-kits", topics = Topics.KITS, groupId = "#{@gatewayInstance.groupId('kits')}",
            properties = "auto.offset.reset=earliest")
    void on(InterviewKit kit) {
        remember(kit);
    }

    /** Keeps the highest version: the topic and a local publish may arrive in either order. */
    private void remember(InterviewKit kit) {
        teamKits.merge(key(kit.teamId(), kit.id()), kit,
                (known, arriving) -> arriving.version() >= known.version() ? arriving : known);
    }

    private static String key(String teamId, String kitId) {
        return teamId + "/" + kitId;
    }
}
