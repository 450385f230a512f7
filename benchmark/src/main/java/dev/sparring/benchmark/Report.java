package dev.sparring.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/** One run's results as markdown: the settings, the latency table, errors, and the processes' memory and CPU. */
record Report(BenchmarkOptions options, String startedAt, double seconds, LatencyRecorder.Snapshot latencies,
        LatencyRecorder.Snapshot toDecision, LatencyRecorder.Snapshot fromDecision,
        long sent, long timeouts, long refusals, Map<String, LongAdder> refusalCodes, long sendFailures,
        long transportErrors, long disconnectedSessions, long unmatchedEvents,
        Map<ProcessProbe.Target, ProcessProbe.Sample> before, Map<ProcessProbe.Target, ProcessProbe.Sample> after,
        RevealLatencyBenchmark.Resources peaks, double loadBefore, double loadAfter, long[] machineTicks) {

    private static final double TARGET_P99_MILLIS = 50.0;

    String markdown() {
        StringBuilder out = new StringBuilder();
        line(out, "## Reveal-to-candidate latency, %d sessions (%s)", options.sessions(), startedAt);
        line(out, "");
        line(out, "Gateway %s; a `prompt.reveal`/`prompt.hide` of `%s` every %s per session (%.0f commands/s offered); "
                + "warm-up %s, measured %.1f s; kit `%s`, round %d.", options.gateway(), options.promptId(),
                options.revealInterval(), options.sessions() * 1000.0 / options.revealInterval().toMillis(),
                options.warmUp(), seconds, options.kit(), options.roundIndex());
        line(out, "Machine: %d CPUs, %s memory; client JVM %s.", Runtime.getRuntime().availableProcessors(), memory(),
                System.getProperty("java.runtime.version"));
        line(out, "");
        line(out, "| Metric | Value |");
        line(out, "|---|---|");
        line(out, "| commands sent in the window | %d |", sent);
        line(out, "| events received (samples) | %d |", latencies.count());
        line(out, "| throughput | %.1f events/s |", latencies.count() / seconds);
        line(out, "| p50 | %s |", millis(latencies.percentileMillis(50)));
        line(out, "| p90 | %s |", millis(latencies.percentileMillis(90)));
        line(out, "| p95 | %s |", millis(latencies.percentileMillis(95)));
        line(out, "| **p99** | **%s** (target < %.0f ms: %s) |", millis(latencies.percentileMillis(99)), TARGET_P99_MILLIS,
                latencies.percentileMillis(99) < TARGET_P99_MILLIS ? "met" : "missed");
        line(out, "| p99.9 | %s |", millis(latencies.percentileMillis(99.9)));
        line(out, "| max | %s |", millis(latencies.maxMillis()));
        line(out, "| mean | %s |", millis(latencies.meanMillis()));
        line(out, "| samples over 50 ms | %d |", latencies.above(TARGET_P99_MILLIS));
        line(out, "| timeouts (no event within %s after the window) | %d |", options.drainTimeout(), timeouts);
        line(out, "| refused by the platform | %d %s |", refusals, codes());
        line(out, "| send failures | %d |", sendFailures);
        line(out, "| transport errors / sessions with a closed socket | %d / %d |", transportErrors, disconnectedSessions);
        line(out, "| events without a pending command | %d |", unmatchedEvents);
        line(out, "| load average (1 min): start / peak / end | %.2f / %.2f / %.2f |", loadBefore,
                Math.max(peaks.peakLoad(), loadAfter), loadAfter);
        long processTicks = before.keySet().stream()
                .mapToLong(target -> after.get(target).cpuTicks() - before.get(target).cpuTicks()).sum();
        double machineBusy = machineTicks[1] == 0 ? Double.NaN : 100.0 * machineTicks[0] / machineTicks[1];
        double cores = Runtime.getRuntime().availableProcessors();
        double listed = ProcessProbe.cpuPercent(processTicks, seconds) / cores;
        line(out, "| machine CPU busy (all cores) / of it, processes not listed below | %.0f %% / %.0f %% |", machineBusy,
                Math.max(0, machineBusy - listed));
        line(out, "");
        line(out, "Where the time goes, split at the event's `occurredAt` (the session-service's clock when it decides, after "
                + "loading the session's state; same machine, so the same clock; millisecond-level accuracy):");
        line(out, "");
        line(out, "| Leg | p50 | p90 | p99 | max |");
        line(out, "|---|---|---|---|---|");
        leg(out, "send → decided (client, gateway, Kafka, session-service poll, state load)", toDecision);
        leg(out, "decided → candidate (Lua store, Kafka, gateway fan-out, candidate socket)", fromDecision);
        leg(out, "end to end", latencies);
        line(out, "");
        line(out, "| Process | PID | RSS at start | RSS peak | RSS at end | CPU (100%% = one core) |");
        line(out, "|---|---|---|---|---|---|");
        before.forEach((target, start) -> {
            ProcessProbe.Sample end = after.get(target);
            line(out, "| %s | %d | %s | %s | %s | %.0f %% |", target.name(), target.pid(), mebibytes(start.rssKb()),
                    mebibytes(peaks.peakRssKb(target)), mebibytes(end.rssKb()),
                    ProcessProbe.cpuPercent(end.cpuTicks() - start.cpuTicks(), seconds));
        });
        return out.toString();
    }

    private static void leg(StringBuilder out, String name, LatencyRecorder.Snapshot leg) {
        line(out, "| %s | %s | %s | %s | %s |", name, millis(leg.percentileMillis(50)), millis(leg.percentileMillis(90)),
                millis(leg.percentileMillis(99)), millis(leg.maxMillis()));
    }

    private String codes() {
        if (refusalCodes.isEmpty()) {
            return "";
        }
        StringBuilder codes = new StringBuilder("(all codes, whole run: ");
        new TreeMap<>(refusalCodes).forEach((code, count) -> codes.append(code).append(' ').append(count.sum()).append(", "));
        return codes.substring(0, codes.length() - 2) + ")";
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String mebibytes(long kilobytes) {
        return kilobytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MiB", kilobytes / 1024.0);
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static void line(StringBuilder out, String format, Object... arguments) {
        out.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }
}
