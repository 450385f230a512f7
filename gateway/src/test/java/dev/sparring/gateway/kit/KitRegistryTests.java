package dev.sparring.gateway.kit;

import dev.sparring.content.kit.KitCatalog;
import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.testsupport.TestKits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which version of a team's kit a gateway shows when two publishes cross: the one the topic holds last,
 * the same on every gateway, whatever order its own send confirmation and the topic's records came in.
 */
class KitRegistryTests {

    private static final InterviewKit KIT = TestKits.threeRounds(Duration.ofMinutes(45)).ownedBy("team-1");

    private final KitRegistry registry = new KitRegistry(KitCatalog.load(RubricCatalog.load()), null, null, null);

    @Test
    void theRecordLaterInTheTopicWinsEvenWithTheLowerVersion() {
        registry.on(KIT.withVersion(6), 10);
        registry.on(KIT.withVersion(5), 11);

        assertThat(registry.find("team-1", KIT.id())).get().extracting(InterviewKit::version).isEqualTo(5);
    }

    @Test
    void aRecordEarlierInTheTopicArrivingLateDoesNotReplaceALaterOne() {
        registry.on(KIT.withVersion(5), 11); // e.g. this gateway's own send confirmation came first
        registry.on(KIT.withVersion(6), 10);

        assertThat(registry.find("team-1", KIT.id())).get().extracting(InterviewKit::version).isEqualTo(5);
    }
}
