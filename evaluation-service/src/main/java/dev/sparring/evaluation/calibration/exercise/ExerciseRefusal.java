package dev.sparring.evaluation.calibration.exercise;

/** A request about an exercise that cannot be served; {@code code} is the wire error code. */
public class ExerciseRefusal extends RuntimeException {

    private final String code;

    public ExerciseRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
