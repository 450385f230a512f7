package dev.sparring.local;

import java.util.Locale;

/** Elapsed wall-clock time for the "started in 3.2 s" figures the launcher reports. */
final class Stopwatch {

    private final long startNanos = System.nanoTime();

    static Stopwatch start() {
        return new Stopwatch();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
