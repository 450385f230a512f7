package dev.sparring.contracts.kit;

import java.util.List;

/** A deep-dive or follow-up prompt ("which eviction policy?"), hidden until the interviewer reveals it. */
public record DeepDivePrompt(String id, String text, List<String> competencies) {

    public DeepDivePrompt {
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
    }
}
