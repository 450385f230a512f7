package dev.sparring.contracts.kit;

import java.util.List;

/**
 * A main prompt of a round: a system-design problem, a behavioral question or a coding exercise.
 *
 * @param family what it belongs to, e.g. {@code rate-limiter}, {@code ambiguity}, {@code arrays}
 * @param competencies the rubric competencies it probes
 * @param hints for the interviewer only: clarifying questions a strong candidate asks, what to
 *     listen for
 * @param deepDives follow-ups the interviewer can reveal to the candidate one by one
 */
public record Prompt(String id, String family, String title, String text, List<String> competencies,
        List<String> hints, List<DeepDivePrompt> deepDives) {

    public Prompt {
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        hints = hints == null ? List.of() : List.copyOf(hints);
        deepDives = deepDives == null ? List.of() : List.copyOf(deepDives);
    }
}
