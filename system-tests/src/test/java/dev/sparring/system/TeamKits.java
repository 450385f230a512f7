package dev.sparring.system;

import java.time.Duration;

/** Team kits as a team posts them to {@code POST /api/kits} (YAML). */
final class TeamKits {

    private TeamKits() {
    }

    /** A kit of one coding round of one phase, as long as {@code length}, with one prompt and one deep dive. */
    static String oneCodingRound(String id, String title, Duration length) {
        return """
                id: %s
                version: 1
                title: %s
                description: One coding round
                rounds:
                  - id: coding
                    kind: CODING
                    title: Coding
                    duration: %s
                    competencies: [clarifies-constraints, complexity-trade-offs, code-quality, tests-edge-cases]
                    phases:
                      - id: solve
                        title: Solve
                        duration: %s
                        guidance: Write and test the code
                    prompts:
                      - id: two-sum
                        family: arrays
                        title: Two sum
                        text: Find two numbers that add up to a target.
                        competencies: [clarifies-constraints]
                        hints: [Asks whether the input is sorted]
                        deepDives:
                          - id: two-sum-stream
                            text: What if the numbers arrive as a stream?
                            competencies: [complexity-trade-offs]
                """.formatted(id, title, length, length);
    }
}
