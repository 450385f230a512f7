package dev.sparring.content.kit;

import static dev.sparring.content.kit.TestKits.codingRound;
import static dev.sparring.content.kit.TestKits.deepDive;
import static dev.sparring.content.kit.TestKits.deepDives;
import static dev.sparring.content.kit.TestKits.designRound;
import static dev.sparring.content.kit.TestKits.kit;
import static dev.sparring.content.kit.TestKits.phase;
import static dev.sparring.content.kit.TestKits.prompt;
import static dev.sparring.content.kit.TestKits.validKit;
import static dev.sparring.content.kit.TestKits.withCompetencies;
import static dev.sparring.content.kit.TestKits.withDeepDives;
import static dev.sparring.content.kit.TestKits.withDuration;
import static dev.sparring.content.kit.TestKits.withFirstRound;
import static dev.sparring.content.kit.TestKits.withHints;
import static dev.sparring.content.kit.TestKits.withId;
import static dev.sparring.content.kit.TestKits.withKind;
import static dev.sparring.content.kit.TestKits.withPhases;
import static dev.sparring.content.kit.TestKits.withPrompts;
import static dev.sparring.content.kit.TestKits.withRounds;
import static dev.sparring.content.kit.TestKits.withText;
import static dev.sparring.content.kit.TestKits.withTitle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.contracts.kit.DeepDivePrompt;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.kit.Prompt;
import dev.sparring.contracts.kit.RoundPlan;

class KitValidatorTests {

    private static final KitValidator validator = new KitValidator(RubricCatalog.load());

    private static List<KitProblem> problems(InterviewKit kit) {
        return validator.validate(kit);
    }

    private static KitProblem problem(String path, String message) {
        return new KitProblem(path, message);
    }

    @Test
    void acceptsAValidKit() {
        assertThat(problems(validKit())).isEmpty();
    }

    @Test
    void aMissingKitIsOneProblem() {
        assertThat(problems(null)).containsExactly(problem("", "kit is missing"));
    }

    // --- kit ---

    @ParameterizedTest
    @ValueSource(strings = {"Tiny-loop", "tiny_loop", "tiny--loop", "-tiny", "tiny-", "tiny loop", "tïny"})
    void theKitIdIsKebabCase(String id) {
        assertThat(problems(withId(validKit(), id))).containsExactly(problem("id",
                "must be kebab-case: lowercase letters and digits separated by single hyphens (was '" + id + "')"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void theKitIdIsNotBlank(String id) {
        assertThat(problems(withId(validKit(), id))).containsExactly(problem("id", "must not be blank"));
    }

    @Test
    void theKitIdHasAtMost64Characters() {
        assertThat(problems(withId(validKit(), "a".repeat(64)))).isEmpty();
        assertThat(problems(withId(validKit(), "a".repeat(65))))
                .containsExactly(problem("id", "must be at most 64 characters (has 65)"));
    }

    @Test
    void theVersionIsAtLeastOne() {
        InterviewKit kit = validKit().withVersion(0);
        assertThat(problems(kit)).containsExactly(problem("version", "must be at least 1 (was 0)"));
    }

    @Test
    void theTitleIsNotBlank() {
        assertThat(problems(withTitle(validKit(), " "))).containsExactly(problem("title", "must not be blank"));
    }

    @Test
    void aKitHasOneToTenRounds() {
        assertThat(problems(withRounds(validKit(), List.of())))
                .containsExactly(problem("rounds", "must have between 1 and 10 rounds (has 0)"));
        assertThat(problems(withRounds(validKit(), numberedRounds(10)))).isEmpty();
        assertThat(problems(withRounds(validKit(), numberedRounds(11))))
                .containsExactly(problem("rounds", "must have between 1 and 10 rounds (has 11)"));
    }

    /** Coding rounds whose ids do not collide. */
    private static List<RoundPlan> numberedRounds(int count) {
        List<RoundPlan> rounds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rounds.add(withPrompts(withId(codingRound(), "coding-" + i), prompt("lru-" + i, List.of("code-quality"))));
        }
        return rounds;
    }

    // --- rounds ---

    @Test
    void roundIdsAreUniqueInTheKit() {
        InterviewKit kit = kit(designRound(), withId(codingRound(), "design"));
        assertThat(problems(kit)).containsExactly(problem("rounds[1].id", "duplicate id 'design' (also at rounds[0].id)"));
    }

    @Test
    void roundIdsFollowTheIdRule() {
        assertThat(problems(withFirstRound(withId(designRound(), "System Design")))).containsExactly(problem("rounds[0].id",
                "must be kebab-case: lowercase letters and digits separated by single hyphens (was 'System Design')"));
    }

    @Test
    void aRoundHasAKind() {
        // without a kind there is no rubric to check competencies against, so that is the only problem
        assertThat(problems(withFirstRound(withKind(designRound(), null))))
                .containsExactly(problem("rounds[0].kind", "is missing; must be one of CODING, SYSTEM_DESIGN, BEHAVIORAL"));
    }

    @Test
    void aRoundLastsBetweenOneSecondAndFourHours() {
        RoundPlan round = withPhases(designRound(), phase("only", Duration.ofMillis(1)));
        assertThat(problems(withFirstRound(withDuration(round, Duration.ofSeconds(1))))).isEmpty();
        assertThat(problems(withFirstRound(withDuration(round, Duration.ofHours(4))))).isEmpty();
        assertThat(problems(withFirstRound(withDuration(round, Duration.ofMillis(999)))))
                .containsExactly(problem("rounds[0].duration", "must be between PT1S and PT4H (was PT0.999S)"));
        assertThat(problems(withFirstRound(withDuration(round, Duration.ofHours(4).plusSeconds(1)))))
                .containsExactly(problem("rounds[0].duration", "must be between PT1S and PT4H (was PT4H1S)"));
        assertThat(problems(withFirstRound(withDuration(round, null))))
                .containsExactly(problem("rounds[0].duration", "is missing; use an ISO-8601 duration such as PT45M"));
    }

    @Test
    void aRoundHasAtLeastOnePhase() {
        assertThat(problems(withFirstRound(withPhases(designRound()))))
                .containsExactly(problem("rounds[0].phases", "must have at least one phase"));
    }

    @Test
    void phaseIdsAreUniqueWithinTheirRound() {
        RoundPlan round = withPhases(designRound(), phase("requirements", Duration.ofMinutes(2)),
                phase("design", Duration.ofMinutes(2)), phase("requirements", Duration.ofMinutes(2)));
        assertThat(problems(withFirstRound(round)))
                .containsExactly(problem("rounds[0].phases[2].id", "duplicate id 'requirements' (also at rounds[0].phases[0].id)"));
    }

    @Test
    void differentRoundsMayReuseAPhaseId() {
        RoundPlan coding = withPhases(codingRound(), phase("requirements", Duration.ofSeconds(1)));
        assertThat(problems(kit(designRound(), coding))).isEmpty();
    }

    @Test
    void phaseDurationsArePositive() {
        RoundPlan round = withPhases(designRound(), phase("zero", Duration.ZERO), phase("negative", Duration.ofMinutes(-1)),
                phase("missing", null));
        assertThat(problems(withFirstRound(round))).containsExactly(
                problem("rounds[0].phases[0].duration", "must be positive (was PT0S)"),
                problem("rounds[0].phases[1].duration", "must be positive (was PT-1M)"),
                problem("rounds[0].phases[2].duration", "is missing; use an ISO-8601 duration such as PT5M"));
    }

    @Test
    void phasesFitInTheRound() {
        RoundPlan exact = withPhases(designRound(), phase("a", Duration.ofMinutes(4)), phase("b", Duration.ofMinutes(6)));
        assertThat(problems(withFirstRound(exact))).isEmpty();
        RoundPlan over = withPhases(designRound(), phase("a", Duration.ofMinutes(4)), phase("b", Duration.ofMinutes(7)));
        assertThat(problems(withFirstRound(over)))
                .containsExactly(problem("rounds[0].phases", "phase durations add up to PT11M, more than the round's PT10M"));
    }

    @Test
    void aRoundNamesAtLeastOneCompetency() {
        // the prompts' competencies are then not checked again: every one would repeat the same problem
        assertThat(problems(withFirstRound(withCompetencies(designRound()))))
                .containsExactly(problem("rounds[0].competencies", "must name at least one competency"));
    }

    @Test
    void roundCompetenciesComeFromTheRubricOfTheRoundKind() {
        RoundPlan round = withCompetencies(designRound(), "requirements", "trade-offs", "deep-dive", "ownership");
        assertThat(problems(withFirstRound(round))).containsExactly(problem("rounds[0].competencies[3]",
                "unknown competency 'ownership' for SYSTEM_DESIGN rounds "
                        + "(known: requirements, scale-estimation, trade-offs, deep-dive, drives-conversation)"));
    }

    @Test
    void roundCompetenciesAreNotRepeated() {
        RoundPlan round = withCompetencies(designRound(), "requirements", "trade-offs", "deep-dive", "trade-offs");
        assertThat(problems(withFirstRound(round))).containsExactly(
                problem("rounds[0].competencies[3]", "duplicate competency 'trade-offs' (also at rounds[0].competencies[1])"));
    }

    // --- prompts and deep dives ---

    @Test
    void aRoundHasAtLeastOnePrompt() {
        assertThat(problems(withFirstRound(withPrompts(designRound()))))
                .containsExactly(problem("rounds[0].prompts", "must have at least one prompt"));
    }

    @Test
    void aPromptNamesAtLeastOneCompetency() {
        RoundPlan round = withPrompts(designRound(), prompt("cache", List.of()));
        assertThat(problems(withFirstRound(round)))
                .containsExactly(problem("rounds[0].prompts[0].competencies", "must name at least one competency"));
    }

    @Test
    void promptCompetenciesAreAmongTheRoundCompetencies() {
        // scale-estimation is in the system-design rubric, but this round is not scored on it
        RoundPlan round = withPrompts(designRound(), prompt("cache", List.of("trade-offs", "scale-estimation")));
        assertThat(problems(withFirstRound(round))).containsExactly(problem("rounds[0].prompts[0].competencies[1]",
                "competency 'scale-estimation' is not one of the round's (requirements, trade-offs, deep-dive)"));
    }

    @Test
    void deepDiveCompetenciesAreAmongTheRoundCompetencies() {
        RoundPlan round = withPrompts(designRound(),
                prompt("cache", List.of("trade-offs"), deepDive("cache-eviction", "deep-dive", "code-quality")));
        assertThat(problems(withFirstRound(round))).containsExactly(problem("rounds[0].prompts[0].deepDives[0].competencies[1]",
                "competency 'code-quality' is not one of the round's (requirements, trade-offs, deep-dive)"));
    }

    @Test
    void aDeepDiveMayLeaveItsCompetenciesToItsPrompt() {
        RoundPlan round = withPrompts(designRound(), prompt("cache", List.of("trade-offs"), deepDive("cache-eviction")));
        assertThat(problems(withFirstRound(round))).isEmpty();
    }

    @Test
    void promptAndDeepDiveIdsAreUniqueAcrossTheKit() {
        List<String> competencies = List.of("trade-offs");
        RoundPlan design = withPrompts(designRound(),
                prompt("cache", competencies, deepDive("cache-placement"), deepDive("cache-size"),
                        deepDive("cache-invalidation"), deepDive("cache-eviction")),
                prompt("feed", competencies),
                prompt("storage", competencies, deepDive("cache-eviction")));
        assertThat(problems(kit(codingRound(), design))).containsExactly(problem("rounds[1].prompts[2].deepDives[0].id",
                "duplicate id 'cache-eviction' (also at rounds[1].prompts[0].deepDives[3].id)"));
    }

    @Test
    void aDeepDiveIdMayNotReuseAPromptIdOfAnotherRound() {
        RoundPlan coding = withPrompts(codingRound(), prompt("lru", List.of("code-quality"), deepDive("cache")));
        assertThat(problems(kit(designRound(), coding)))
                .containsExactly(problem("rounds[1].prompts[0].deepDives[0].id", "duplicate id 'cache' (also at rounds[0].prompts[0].id)"));
    }

    @Test
    void promptAndDeepDiveIdsFollowTheIdRule() {
        RoundPlan round = withPrompts(designRound(), prompt("cache", List.of("trade-offs"), deepDive("Cache_Eviction")));
        assertThat(problems(withFirstRound(round))).containsExactly(problem("rounds[0].prompts[0].deepDives[0].id",
                "must be kebab-case: lowercase letters and digits separated by single hyphens (was 'Cache_Eviction')"));
    }

    @Test
    void textsAreNotBlank() {
        Prompt prompt = withHints(withText(prompt("cache", List.of("trade-offs")), ""), "Ask about size", " ");
        prompt = withDeepDives(prompt, List.of(new DeepDivePrompt("cache-eviction", null, List.of())));
        assertThat(problems(withFirstRound(withPrompts(designRound(), prompt)))).containsExactly(
                problem("rounds[0].prompts[0].text", "must not be blank"),
                problem("rounds[0].prompts[0].hints[1]", "must not be blank"),
                problem("rounds[0].prompts[0].deepDives[0].text", "must not be blank"));
    }

    @Test
    void textsHaveAtMost4000Characters() {
        Prompt longest = withText(prompt("cache", List.of("trade-offs")), "x".repeat(4000));
        assertThat(problems(withFirstRound(withPrompts(designRound(), longest)))).isEmpty();
        Prompt tooLong = withText(longest, "x".repeat(4001));
        assertThat(problems(withFirstRound(withPrompts(designRound(), tooLong))))
                .containsExactly(problem("rounds[0].prompts[0].text", "must be at most 4000 characters (has 4001)"));
    }

    @Test
    void aPromptHasAtMost100DeepDives() {
        Prompt prompt = prompt("cache", List.of("trade-offs"));
        assertThat(problems(withFirstRound(withPrompts(designRound(), withDeepDives(prompt, deepDives("cache", 100)))))).isEmpty();
        assertThat(problems(withFirstRound(withPrompts(designRound(), withDeepDives(prompt, deepDives("cache", 101))))))
                .containsExactly(problem("rounds[0].prompts[0].deepDives", "must have at most 100 deep dives (has 101)"));
    }

    // --- reporting ---

    @Test
    void reportsEveryProblemInDocumentOrder() {
        InterviewKit kit = withTitle(withId(validKit(), "Tiny"), "").withVersion(0);
        kit = withRounds(kit, List.of(withKind(designRound(), null), withId(codingRound(), "design")));
        assertThat(problems(kit)).extracting(KitProblem::path)
                .containsExactly("id", "version", "title", "rounds[0].kind", "rounds[1].id");
    }
}
