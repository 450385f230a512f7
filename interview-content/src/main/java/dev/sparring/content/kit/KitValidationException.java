package dev.sparring.content.kit;

import java.util.List;
import java.util.stream.Collectors;

/** A kit that cannot be used, with every problem found (not just the first) so an author can fix them in one go. */
public class KitValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<KitProblem> problems;

    public KitValidationException(List<KitProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<KitProblem> problems() {
        return problems;
    }

    private static String message(List<KitProblem> problems) {
        return "invalid kit (" + problems.size() + (problems.size() == 1 ? " problem): " : " problems): ")
                + problems.stream().map(KitProblem::toString).collect(Collectors.joining("; "));
    }
}
