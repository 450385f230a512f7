package dev.sparring.content.rubric;

import java.util.List;
import java.util.Optional;

import dev.sparring.contracts.kit.RoundKind;

/** How rounds of one kind are scored: the competencies and the anchored scale of each. */
public record Rubric(String id, int version, RoundKind kind, String title, List<Competency> competencies) {

    public Rubric {
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
    }

    public Optional<Competency> competency(String competencyId) {
        return competencies.stream().filter(c -> c.id().equals(competencyId)).findFirst();
    }

    public List<String> competencyIds() {
        return competencies.stream().map(Competency::id).toList();
    }
}
