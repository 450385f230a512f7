package dev.sparring.content.rubric;

/**
 * One step of a competency's behaviourally anchored scale.
 *
 * @param level 1 (Poor) to 4 (Outstanding)
 * @param description what a candidate at this level did, so two interviewers score the same way
 */
public record Level(int level, String label, String description) {
}
