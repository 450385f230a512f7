package dev.sparring.content.kit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sparring.content.ContentFiles;
import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.contracts.kit.InterviewKit;

/**
 * The built-in kits every team sees, read from the files listed in {@code kits/index.txt}.
 * Immutable and thread-safe; build it once at startup with {@link #load(RubricCatalog)}.
 */
public final class KitCatalog {

    private final Map<String, InterviewKit> byId;

    private KitCatalog(Map<String, InterviewKit> byId) {
        this.byId = byId;
    }

    /**
     * Reads and validates every built-in kit.
     *
     * @throws IllegalStateException if a built-in kit is unreadable or invalid: shipping a broken
     *     kit is a startup error, not something to discover in the middle of an interview
     */
    public static KitCatalog load(RubricCatalog rubrics) {
        return load(rubrics, "kits");
    }

    static KitCatalog load(RubricCatalog rubrics, String directory) {
        KitReader reader = new KitReader(new KitValidator(rubrics));
        Map<String, InterviewKit> byId = new LinkedHashMap<>();
        for (String path : ContentFiles.index(directory)) {
            InterviewKit kit;
            try {
                kit = reader.readYaml(ContentFiles.read(path));
            } catch (KitValidationException e) {
                throw new IllegalStateException("built-in kit " + path + " is invalid: " + e.getMessage(), e);
            }
            if (kit.teamId() != null) {
                throw new IllegalStateException("built-in kit " + path + " must not have a teamId");
            }
            if (byId.putIfAbsent(kit.id(), kit) != null) {
                throw new IllegalStateException("built-in kit " + path + " reuses the id '" + kit.id() + "'");
            }
        }
        return new KitCatalog(byId);
    }

    /** The built-in kits, in index order. */
    public List<InterviewKit> builtIn() {
        return List.copyOf(byId.values());
    }

    public Optional<InterviewKit> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
