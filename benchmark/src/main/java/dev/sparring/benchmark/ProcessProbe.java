package dev.sparring.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the platform's processes from /proc (Linux only, read-only): resident memory (VmRSS), CPU time
 * (utime + stime) and the load average. A process is recognised by its command line.
 */
final class ProcessProbe {

    /** Linux reports CPU times in clock ticks; 100 a second on every mainstream kernel configuration. */
    private static final double TICKS_PER_SECOND = 100.0;

    record Target(String name, long pid) {
    }

    record Sample(long rssKb, long cpuTicks) {
    }

    private final List<Target> targets;

    private ProcessProbe(List<Target> targets) {
        this.targets = targets;
    }

    /** The services, the Kafka broker and the local Redis on 16379, plus this benchmark's own JVM. */
    static ProcessProbe discover(int redisPort) {
        Map<String, Target> found = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(path -> path.getFileName().toString().matches("\\d+")).sorted().toList()) {
                String commandLine = commandLine(entry);
                long pid = Long.parseLong(entry.getFileName().toString());
                String name = classify(commandLine, redisPort);
                if (name != null) {
                    found.putIfAbsent(name, new Target(name, pid));
                }
            }
        } catch (IOException e) {
            return new ProcessProbe(List.of());
        }
        List<Target> ordered = new ArrayList<>();
        for (String name : List.of("gateway", "session-service", "evaluation-service", "kafka", "redis")) {
            if (found.containsKey(name)) {
                ordered.add(found.get(name));
            }
        }
        ordered.add(new Target("benchmark client", ProcessHandle.current().pid()));
        return new ProcessProbe(List.copyOf(ordered));
    }

    private static String classify(String commandLine, int redisPort) {
        if (commandLine.contains("gateway-") && commandLine.contains("-exec.jar")) {
            return "gateway";
        }
        if (commandLine.contains("session-service-") && commandLine.contains("-exec.jar")) {
            return "session-service";
        }
        if (commandLine.contains("evaluation-service-") && commandLine.contains("-exec.jar")) {
            return "evaluation-service";
        }
        if (commandLine.contains("kafka.Kafka")) {
            return "kafka";
        }
        if (commandLine.contains("redis-server") && commandLine.contains(":" + redisPort)) {
            return "redis";
        }
        return null;
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    List<Target> targets() {
        return targets;
    }

    Map<Target, Sample> sample() {
        Map<Target, Sample> samples = new LinkedHashMap<>();
        for (Target target : targets) {
            samples.put(target, new Sample(rssKb(target.pid()), cpuTicks(target.pid())));
        }
        return samples;
    }

    static double cpuPercent(long ticks, double seconds) {
        return seconds <= 0 ? 0 : ticks / TICKS_PER_SECOND / seconds * 100.0;
    }

    /** Busy and total clock ticks of the whole machine, all CPUs together, from the first line of /proc/stat. */
    static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** The 1-minute load average. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command name, which is in parentheses and may hold spaces: utime is field 14, stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
