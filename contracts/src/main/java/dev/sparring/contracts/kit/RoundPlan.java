package dev.sparring.contracts.kit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One round of a kit.
 *
 * @param duration the round's time box; the round clock counts it down while the timer runs
 * @param phases the steps the interviewer walks through, in order (a round without explicit
 *     phases has one)
 * @param competencies the rubric competencies this round is scored on (ids of the rubric of its kind)
 * @param prompts the round's prompt bank: main prompts, each with the deep dives an interviewer can reveal
 */
public record RoundPlan(String id, RoundKind kind, String title, Duration duration, List<PhasePlan> phases,
        List<String> competencies, List<Prompt> prompts) {

    public RoundPlan {
        phases = phases == null ? List.of() : List.copyOf(phases);
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
    }

    public Optional<PhasePlan> phase(int index) {
        return index >= 0 && index < phases.size() ? Optional.of(phases.get(index)) : Optional.empty();
    }

    /** A main prompt or a deep dive of this round, by id. */
    public Optional<PromptRef> findPrompt(String promptId) {
        for (Prompt prompt : prompts) {
            if (prompt.id().equals(promptId)) {
                return Optional.of(new PromptRef(prompt.id(), null, prompt.title(), prompt.text()));
            }
            for (DeepDivePrompt deepDive : prompt.deepDives()) {
                if (deepDive.id().equals(promptId)) {
                    return Optional.of(new PromptRef(deepDive.id(), prompt.id(), null, deepDive.text()));
                }
            }
        }
        return Optional.empty();
    }

    /** What a candidate may be shown of a prompt once it is revealed. */
    public record PromptRef(String id, String parentId, String title, String text) {
    }
}
