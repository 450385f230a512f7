package dev.sparring.content.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.contracts.kit.DeepDivePrompt;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.kit.PhasePlan;
import dev.sparring.contracts.kit.Prompt;
import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.kit.RoundPlan;

/** What the built-in senior loop must cover, beyond being a valid kit. */
class BuiltInKitTests {

    private static final RubricCatalog rubrics = RubricCatalog.load();
    private static final InterviewKit kit = KitCatalog.load(rubrics).find("senior-swe").orElseThrow();

    private static RoundPlan round(String id) {
        return kit.rounds().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, List<Prompt>> byFamily(RoundPlan round) {
        return round.prompts().stream().collect(Collectors.groupingBy(Prompt::family));
    }

    @Test
    void loadsAndValidates() {
        assertThat(new KitValidator(rubrics).validate(kit)).isEmpty();
        assertThat(kit.version()).isEqualTo(1);
        assertThat(kit.title()).isEqualTo("Senior software engineer loop");
    }

    @Test
    void hasACodingASystemDesignAndABehavioralRoundOf45Minutes() {
        assertThat(kit.rounds()).extracting(RoundPlan::id, RoundPlan::kind, RoundPlan::duration).containsExactly(
                tuple("coding", RoundKind.CODING, Duration.ofMinutes(45)),
                tuple("system-design", RoundKind.SYSTEM_DESIGN, Duration.ofMinutes(45)),
                tuple("behavioral", RoundKind.BEHAVIORAL, Duration.ofMinutes(45)));
    }

    @Test
    void eachRoundIsScoredOnEveryCompetencyOfItsRubric() {
        assertThat(round("coding").competencies())
                .containsExactly("clarifies-constraints", "complexity-trade-offs", "code-quality", "tests-edge-cases");
        assertThat(round("system-design").competencies())
                .containsExactly("requirements", "scale-estimation", "trade-offs", "deep-dive", "drives-conversation");
        assertThat(round("behavioral").competencies()).containsExactly("specific-problem", "ownership", "concrete-actions",
                "measurable-outcome", "trade-offs-acknowledged", "reflection", "ambiguity-and-influence");
        for (RoundPlan round : kit.rounds()) {
            assertThat(round.competencies()).as(round.id()).containsExactlyElementsOf(rubrics.competencyIds(round.kind()));
        }
    }

    @Test
    void systemDesignWalksTheFivePhasesInOrder() {
        RoundPlan round = round("system-design");

        assertThat(round.phases()).extracting(PhasePlan::id, PhasePlan::duration).containsExactly(
                tuple("requirements", Duration.ofMinutes(5)),
                tuple("scale-estimate", Duration.ofMinutes(5)),
                tuple("high-level-design", Duration.ofMinutes(15)),
                tuple("deep-dive", Duration.ofMinutes(15)),
                tuple("wrap-up", Duration.ofMinutes(5)));
        assertThat(round.phases()).allSatisfy(phase -> assertThat(phase.guidance()).isNotBlank().doesNotContain("\n"));
    }

    @Test
    void systemDesignCoversTheFourFamiliesEachWithAtLeastSixDeepDives() {
        Map<String, List<Prompt>> families = byFamily(round("system-design"));

        assertThat(families).containsOnlyKeys("social-feed", "storage-system", "notification-system", "rate-limiter");
        families.forEach((family, prompts) -> assertThat(prompts).as(family).allSatisfy(prompt -> {
            assertThat(prompt.deepDives()).as(prompt.id()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(prompt.hints()).as(prompt.id()).isNotEmpty();
        }));
    }

    @Test
    void systemDesignDeepDivesProbeTheClassicSeniorTopics() {
        assertThat(deepDiveIds("news-feed")).contains("news-feed-fan-out", "news-feed-celebrity", "news-feed-ranking",
                "news-feed-pagination", "news-feed-cache-placement", "news-feed-cache-eviction",
                "news-feed-cache-invalidation", "news-feed-cold-cache");
        assertThat(deepDiveIds("key-value-store")).contains("key-value-store-partitioning", "key-value-store-replication",
                "key-value-store-consistency", "key-value-store-compaction", "key-value-store-hot-keys",
                "key-value-store-node-failure");
        assertThat(deepDiveIds("notification-service")).contains("notification-service-delivery-guarantees",
                "notification-service-dedup", "notification-service-retries", "notification-service-preferences",
                "notification-service-per-user-rate-limit", "notification-service-multi-channel");
        assertThat(deepDiveIds("rate-limiter")).contains("rate-limiter-algorithm", "rate-limiter-distributed-counters",
                "rate-limiter-race-conditions", "rate-limiter-placement", "rate-limiter-fail-open-closed",
                "rate-limiter-multi-region");
    }

    private static List<String> deepDiveIds(String promptId) {
        return round("system-design").prompts().stream().filter(p -> p.id().equals(promptId)).findFirst().orElseThrow()
                .deepDives().stream().map(DeepDivePrompt::id).toList();
    }

    @Test
    void behavioralCoversTheFourFamiliesWithTheStandardFollowUps() {
        Map<String, List<Prompt>> families = byFamily(round("behavioral"));

        assertThat(families).containsOnlyKeys("ambiguity", "cross-team-influence", "pushing-back", "failure-ownership");
        for (Prompt prompt : round("behavioral").prompts()) {
            List<String> followUps = prompt.deepDives().stream().map(d -> d.text().toLowerCase()).toList();
            assertThat(followUps).as(prompt.id()).hasSizeGreaterThanOrEqualTo(4)
                    .anySatisfy(text -> assertThat(text).contains("personally"))
                    .anySatisfy(text -> assertThat(text).contains("measure"))
                    .anySatisfy(text -> assertThat(text).contains("trade-off"))
                    .anySatisfy(text -> assertThat(text).contains("differently"));
            assertThat(prompt.hints()).as(prompt.id())
                    .anySatisfy(hint -> assertThat(hint).startsWith("Strong answer:"))
                    .anySatisfy(hint -> assertThat(hint).startsWith("Weak answer:"));
        }
    }

    @Test
    void everyCodingPromptHasClarifyingQuestionHintsAndFollowUps() {
        RoundPlan round = round("coding");

        assertThat(round.prompts()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(prompt -> {
            assertThat(prompt.hints()).as(prompt.id()).anySatisfy(hint -> assertThat(hint).startsWith("Clarifying questions"));
            assertThat(prompt.hints()).as(prompt.id()).anySatisfy(hint -> assertThat(hint).startsWith("Listen for"));
            assertThat(prompt.deepDives()).as(prompt.id()).isNotEmpty();
        });
        assertThat(round.phases()).extracting(PhasePlan::id).containsExactly("clarify", "solve", "test-and-complexity");
    }

    @Test
    void everyPromptAndDeepDiveNamesTheCompetenciesItProbes() {
        for (RoundPlan round : kit.rounds()) {
            for (Prompt prompt : round.prompts()) {
                assertThat(prompt.competencies()).as(prompt.id()).isNotEmpty();
                assertThat(prompt.deepDives()).allSatisfy(deepDive ->
                        assertThat(deepDive.competencies()).as(deepDive.id()).isNotEmpty());
            }
        }
    }

    @Test
    void deepDiveIdsStartWithTheirPromptId() {
        for (RoundPlan round : kit.rounds()) {
            for (Prompt prompt : round.prompts()) {
                assertThat(prompt.deepDives()).extracting(DeepDivePrompt::id).allSatisfy(id ->
                        assertThat(id).startsWith(prompt.id() + "-"));
            }
        }
    }

    @Test
    void everyRoundCompetencyIsProbedBySomePrompt() {
        // otherwise the interviewer has no prompt to gather evidence for a competency they must score
        for (RoundPlan round : kit.rounds()) {
            List<String> probed = round.prompts().stream()
                    .flatMap(p -> Stream.concat(p.competencies().stream(),
                            p.deepDives().stream().flatMap(d -> d.competencies().stream())))
                    .distinct().toList();
            assertThat(probed).as(round.id()).containsAll(round.competencies());
        }
    }
}
