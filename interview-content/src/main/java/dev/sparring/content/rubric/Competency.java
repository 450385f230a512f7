package dev.sparring.content.rubric;

import java.util.List;

/**
 * Something a round is scored on, such as {@code scale-estimation}.
 *
 * @param description one sentence: what the competency measures
 * @param levels levels 1 to 4, in order
 */
public record Competency(String id, String name, String description, List<Level> levels) {

    public Competency {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
