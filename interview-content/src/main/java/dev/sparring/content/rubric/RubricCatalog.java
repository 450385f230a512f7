package dev.sparring.content.rubric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.sparring.content.ContentFiles;
import dev.sparring.contracts.kit.RoundKind;
import tools.jackson.core.JacksonException;

/**
 * The rubrics rounds are scored against: exactly one per {@link RoundKind}. Immutable and
 * thread-safe; build it once at startup with {@link #load()}.
 */
public final class RubricCatalog {

    /** The scale every competency uses, so scores mean the same across rounds and kinds. */
    public static final List<String> LEVEL_LABELS = List.of("Poor", "Borderline", "Solid", "Outstanding");

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<RoundKind, Rubric> byKind;

    private RubricCatalog(Map<RoundKind, Rubric> byKind) {
        this.byKind = byKind;
    }

    /**
     * The built-in rubrics listed in {@code rubrics/index.txt}.
     *
     * @throws IllegalStateException if a rubric cannot be read or is invalid: a startup error
     */
    public static RubricCatalog load() {
        List<Rubric> rubrics = new ArrayList<>();
        for (String path : ContentFiles.index("rubrics")) {
            try {
                rubrics.add(ContentFiles.YAML.readValue(ContentFiles.read(path), Rubric.class));
            } catch (JacksonException e) {
                throw new IllegalStateException("cannot read rubric " + path + ": " + e.getMessage(), e);
            }
        }
        try {
            return of(rubrics);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("built-in rubrics are invalid: " + e.getMessage(), e);
        }
    }

    /**
     * A catalog of the given rubrics.
     *
     * @throws IllegalArgumentException listing every problem, unless each kind has exactly one
     *     well-formed rubric
     */
    public static RubricCatalog of(List<Rubric> rubrics) {
        List<String> problems = new ArrayList<>();
        Map<RoundKind, Rubric> byKind = new EnumMap<>(RoundKind.class);
        Set<String> rubricIds = new HashSet<>();
        for (Rubric rubric : rubrics) {
            String where = "rubric '" + rubric.id() + "'";
            check(problems, rubric.id() != null && KEBAB_CASE.matcher(rubric.id()).matches(), where + ": id must be kebab-case");
            check(problems, rubricIds.add(rubric.id()), where + ": duplicate rubric id");
            check(problems, rubric.version() >= 1, where + ": version must be at least 1");
            check(problems, !isBlank(rubric.title()), where + ": title must not be blank");
            check(problems, rubric.kind() != null, where + ": kind is missing");
            if (rubric.kind() != null && byKind.putIfAbsent(rubric.kind(), rubric) != null) {
                problems.add(where + ": a second rubric for " + rubric.kind());
            }
            check(problems, !rubric.competencies().isEmpty(), where + ": has no competencies");
            Set<String> competencyIds = new HashSet<>();
            for (Competency competency : rubric.competencies()) {
                String at = where + " competency '" + competency.id() + "'";
                check(problems, competency.id() != null && KEBAB_CASE.matcher(competency.id()).matches(), at + ": id must be kebab-case");
                check(problems, competencyIds.add(competency.id()), at + ": duplicate competency id");
                check(problems, !isBlank(competency.name()), at + ": name must not be blank");
                check(problems, !isBlank(competency.description()), at + ": description must not be blank");
                checkScale(problems, at, competency.levels());
            }
        }
        for (RoundKind kind : RoundKind.values()) {
            check(problems, byKind.containsKey(kind), "no rubric for " + kind);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new RubricCatalog(byKind);
    }

    private static void checkScale(List<String> problems, String at, List<Level> levels) {
        List<Integer> numbers = levels.stream().map(Level::level).toList();
        if (!numbers.equals(List.of(1, 2, 3, 4))) {
            problems.add(at + ": levels must be exactly 1, 2, 3, 4 in order (were " + numbers + ")");
            return;
        }
        for (Level level : levels) {
            String label = LEVEL_LABELS.get(level.level() - 1);
            check(problems, label.equals(level.label()),
                    at + " level " + level.level() + ": label must be '" + label + "' (was '" + level.label() + "')");
            check(problems, !isBlank(level.description()), at + " level " + level.level() + ": description must not be blank");
        }
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** All rubrics, in {@link RoundKind} order. */
    public List<Rubric> all() {
        return List.copyOf(byKind.values());
    }

    public Rubric forKind(RoundKind kind) {
        Rubric rubric = byKind.get(kind);
        if (rubric == null) {
            // unreachable for a built catalog (every kind has a rubric) except for a null kind
            throw new IllegalArgumentException("no rubric for " + kind + "; kinds: " + Arrays.toString(RoundKind.values()));
        }
        return rubric;
    }

    public Optional<Rubric> find(String rubricId) {
        return byKind.values().stream().filter(r -> r.id().equals(rubricId)).findFirst();
    }

    /** The ids of the competencies rounds of this kind may be scored on, in rubric order. */
    public List<String> competencyIds(RoundKind kind) {
        return forKind(kind).competencyIds();
    }
}
