package dev.sparring.benchmark;

import java.util.Arrays;

/**
 * The latencies of the commands sent inside the measurement window, in microseconds, kept exactly (a few
 * hundred thousand samples at most) and sorted once for the report. Percentiles use the nearest rank.
 */
final class LatencyRecorder {

    private long[] micros = new long[16_384];
    private int count;

    synchronized void record(long latencyNanos) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = Math.max(0, latencyNanos / 1_000);
    }

    synchronized Snapshot snapshot() {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return new Snapshot(sorted);
    }

    record Snapshot(long[] sortedMicros) {

        int count() {
            return sortedMicros.length;
        }

        /** The latency at a percentile (0 to 100) in milliseconds, NaN without samples. */
        double percentileMillis(double percentile) {
            if (sortedMicros.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * sortedMicros.length);
            return sortedMicros[Math.min(sortedMicros.length - 1, Math.max(0, rank - 1))] / 1000.0;
        }

        double maxMillis() {
            return sortedMicros.length == 0 ? Double.NaN : sortedMicros[sortedMicros.length - 1] / 1000.0;
        }

        double meanMillis() {
            return sortedMicros.length == 0 ? Double.NaN : Arrays.stream(sortedMicros).average().orElse(0) / 1000.0;
        }

        /** How many samples took longer than the threshold. */
        long above(double millis) {
            long micros = Math.round(millis * 1000);
            return Arrays.stream(sortedMicros).filter(sample -> sample > micros).count();
        }
    }
}
