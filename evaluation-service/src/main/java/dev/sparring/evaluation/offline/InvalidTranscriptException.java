package dev.sparring.evaluation.offline;

import java.util.List;

/** An offline transcript that cannot be evaluated, with every problem and where it is. */
public class InvalidTranscriptException extends RuntimeException {

    private final List<String> problems;

    public InvalidTranscriptException(List<String> problems) {
        super("the transcript has " + problems.size() + " problem(s): " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
