package dev.sparring.content.kit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.sparring.contracts.kit.DeepDivePrompt;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.kit.PhasePlan;
import dev.sparring.contracts.kit.Prompt;
import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.kit.RoundPlan;

/**
 * Small valid kits built in code, and copies of them with one thing changed, so that each
 * validator test breaks exactly one rule.
 */
final class TestKits {

    private TestKits() {
    }

    /** Two rounds: {@code rounds[0]} system design, {@code rounds[1]} coding; valid as it stands. */
    static InterviewKit validKit() {
        return kit(designRound(), codingRound());
    }

    static InterviewKit kit(RoundPlan... rounds) {
        return new InterviewKit("tiny-loop", 1, "Tiny loop", "A kit for tests", null, List.of(rounds));
    }

    static RoundPlan designRound() {
        return new RoundPlan("design", RoundKind.SYSTEM_DESIGN, "System design", Duration.ofMinutes(10),
                List.of(phase("requirements", Duration.ofMinutes(4)), phase("high-level-design", Duration.ofMinutes(6))),
                List.of("requirements", "trade-offs", "deep-dive"),
                List.of(prompt("cache", List.of("trade-offs"),
                        deepDive("cache-placement", "deep-dive"), deepDive("cache-eviction", "trade-offs"))));
    }

    static RoundPlan codingRound() {
        return new RoundPlan("coding", RoundKind.CODING, "Coding", Duration.ofSeconds(3),
                List.of(phase("solve", Duration.ofSeconds(2))),
                List.of("code-quality"),
                List.of(prompt("lru", List.of("code-quality"), deepDive("lru-ttl", "code-quality"))));
    }

    static PhasePlan phase(String id, Duration duration) {
        return new PhasePlan(id, "Phase " + id, duration, "Guidance for " + id);
    }

    static Prompt prompt(String id, List<String> competencies, DeepDivePrompt... deepDives) {
        return new Prompt(id, "family-" + id, "Title of " + id, "Text of " + id, competencies,
                List.of("Hint for " + id), List.of(deepDives));
    }

    static DeepDivePrompt deepDive(String id, String... competencies) {
        return new DeepDivePrompt(id, "Follow-up " + id, List.of(competencies));
    }

    static List<DeepDivePrompt> deepDives(String prefix, int count) {
        List<DeepDivePrompt> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(deepDive(prefix + "-" + i));
        }
        return list;
    }

    // copies with one field changed

    static InterviewKit withId(InterviewKit k, String id) {
        return new InterviewKit(id, k.version(), k.title(), k.description(), k.teamId(), k.rounds());
    }

    static InterviewKit withTitle(InterviewKit k, String title) {
        return new InterviewKit(k.id(), k.version(), title, k.description(), k.teamId(), k.rounds());
    }

    static InterviewKit withRounds(InterviewKit k, List<RoundPlan> rounds) {
        return new InterviewKit(k.id(), k.version(), k.title(), k.description(), k.teamId(), rounds);
    }

    /** The valid kit with its first round replaced. */
    static InterviewKit withFirstRound(RoundPlan round) {
        return kit(round, codingRound());
    }

    static RoundPlan withId(RoundPlan r, String id) {
        return new RoundPlan(id, r.kind(), r.title(), r.duration(), r.phases(), r.competencies(), r.prompts());
    }

    static RoundPlan withKind(RoundPlan r, RoundKind kind) {
        return new RoundPlan(r.id(), kind, r.title(), r.duration(), r.phases(), r.competencies(), r.prompts());
    }

    static RoundPlan withDuration(RoundPlan r, Duration duration) {
        return new RoundPlan(r.id(), r.kind(), r.title(), duration, r.phases(), r.competencies(), r.prompts());
    }

    static RoundPlan withPhases(RoundPlan r, PhasePlan... phases) {
        return new RoundPlan(r.id(), r.kind(), r.title(), r.duration(), List.of(phases), r.competencies(), r.prompts());
    }

    static RoundPlan withCompetencies(RoundPlan r, String... competencies) {
        return new RoundPlan(r.id(), r.kind(), r.title(), r.duration(), r.phases(), List.of(competencies), r.prompts());
    }

    static RoundPlan withPrompts(RoundPlan r, Prompt... prompts) {
        return new RoundPlan(r.id(), r.kind(), r.title(), r.duration(), r.phases(), r.competencies(), List.of(prompts));
    }

    static Prompt withText(Prompt p, String text) {
        return new Prompt(p.id(), p.family(), p.title(), text, p.competencies(), p.hints(), p.deepDives());
    }

    static Prompt withHints(Prompt p, String... hints) {
        return new Prompt(p.id(), p.family(), p.title(), p.text(), p.competencies(), List.of(hints), p.deepDives());
    }

    static Prompt withDeepDives(Prompt p, List<DeepDivePrompt> deepDives) {
        return new Prompt(p.id(), p.family(), p.title(), p.text(), p.competencies(), p.hints(), deepDives);
    }
}
