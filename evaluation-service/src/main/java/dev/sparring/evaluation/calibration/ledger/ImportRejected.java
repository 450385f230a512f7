package dev.sparring.evaluation.calibration.ledger;

import java.util.List;

/** A scorecard file that was refused as a whole; each problem reads {@code line N: ...}. */
public class ImportRejected extends RuntimeException {

    private final List<String> problems;

    public ImportRejected(List<String> problems) {
        super(problems.size() + " problem(s); nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
