package dev.sparring.content.kit;

/**
 * One thing wrong with a kit.
 *
 * @param path where, e.g. {@code rounds[1].prompts[2].deepDives[0].id}; empty for the document as a whole
 * @param message what is wrong, e.g. {@code duplicate id 'cache-eviction' (also at rounds[1].prompts[0].deepDives[3].id)}
 */
public record KitProblem(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
