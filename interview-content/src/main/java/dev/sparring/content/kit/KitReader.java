package dev.sparring.content.kit;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.sparring.content.ContentFiles;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.kit.RoundKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Parses a kit from YAML or JSON text (the built-in kits, and kits teams upload) and validates it.
 * Durations are ISO-8601 strings such as {@code PT45M}; unknown properties are errors, so a typo
 * cannot silently drop content. Thread-safe.
 */
public final class KitReader {

    private final KitValidator validator;

    public KitReader(KitValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Reads JSON if the text starts with <code>{</code>, YAML otherwise.
     *
     * @throws KitValidationException if the text is malformed or the kit is invalid
     */
    public InterviewKit read(String text) {
        return text != null && text.strip().startsWith("{") ? readJson(text) : readYaml(text);
    }

    /** @throws KitValidationException if the text is malformed or the kit is invalid */
    public InterviewKit readJson(String text) {
        return readAndValidate(ContentFiles.JSON, "JSON", text);
    }

    /** @throws KitValidationException if the text is malformed or the kit is invalid */
    public InterviewKit readYaml(String text) {
        return readAndValidate(ContentFiles.YAML, "YAML", text);
    }

    private InterviewKit readAndValidate(ObjectMapper mapper, String format, String text) {
        if (text == null || text.isBlank()) {
            throw new KitValidationException(List.of(new KitProblem("", "the " + format + " text is empty")));
        }
        InterviewKit kit;
        try {
            kit = mapper.readValue(text, InterviewKit.class);
        } catch (JacksonException e) {
            throw new KitValidationException(List.of(problem(format, e)));
        }
        List<KitProblem> problems = validator.validate(kit);
        if (!problems.isEmpty()) {
            throw new KitValidationException(problems);
        }
        return kit;
    }

    /** Turns a parse error into a problem with the same kind of path the validator uses. */
    private static KitProblem problem(String format, JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        TokenStreamLocation location = e.getLocation();
        String line = location == null || location.getLineNr() < 1 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
        if (e instanceof UnrecognizedPropertyException unknown) {
            // no location: for records Jackson reports where the enclosing object ends, which misleads
            return new KitProblem(path.toString(), "unknown property (expected one of "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")");
        }
        if (e instanceof DatabindException) {
            return new KitProblem(path.toString(), describe(e) + " (" + format + (line.isEmpty() ? "" : " " + line) + ")");
        }
        return new KitProblem(path.toString(),
                "malformed " + format + (line.isEmpty() ? "" : " at " + line) + ": " + summary(e.getOriginalMessage()));
    }

    /** What is wrong with a well-formed value, in the author's terms rather than Java's. */
    private static String describe(JacksonException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == Duration.class) {
            return "'" + invalid.getValue() + "' is not an ISO-8601 duration such as PT45M";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == RoundKind.class) {
            return "'" + invalid.getValue() + "' is not a round kind (one of "
                    + Arrays.stream(RoundKind.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException) {
            return "a list has an empty (null) entry"; // the records' List.copyOf refuses nulls
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() == InterviewKit.class
                && e.getPath().isEmpty()) {
            return "the document must be a kit: a mapping with id, version, title and rounds";
        }
        // drop package names: the author knows the kit format, not our classes
        return summary(e.getOriginalMessage()).replaceAll("`([a-z][a-z0-9_]*\\.)+", "`");
    }

    /**
     * The lines of a parser message that say what is wrong, without the source excerpts and caret
     * lines the YAML parser adds (the location is reported separately).
     */
    private static String summary(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining("; "));
    }
}
