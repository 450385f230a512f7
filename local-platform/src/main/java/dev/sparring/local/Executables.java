package dev.sparring.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds programs the way a shell does, so the launcher can prefer what the machine already has. */
final class Executables {

    private Executables() {
    }

    /** The first executable file called {@code name} in the directories of {@code searchPath} (a PATH value). */
    static Optional<Path> findOnPath(String name, String searchPath) {
        if (searchPath == null || searchPath.isBlank()) {
            return Optional.empty();
        }
        for (String dir : searchPath.split(Pattern.quote(File.pathSeparator))) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir).resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Optional<Path> findOnPath(String name) {
        return findOnPath(name, System.getenv("PATH"));
    }

    /** The java launcher of the running JVM, so every child runs on the same Java the user started us with. */
    static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
