package dev.sparring.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's settings. Each is read from a {@code key=value} program argument, else from the system
 * property {@code sparring.benchmark.<key>}, else its default.
 */
record BenchmarkOptions(URI gateway, int sessions, Duration warmUp, Duration duration, Duration revealInterval,
        Duration drainTimeout, List<String> interviewers, String password, String kit, int roundIndex,
        String promptId, int clientThreads, boolean endSessions, String outputDirectory) {

    static final String USAGE = """
            RevealLatencyBenchmark [key=value ...]   (or -Dsparring.benchmark.<key>=value)
              gateway=http://localhost:8080   the running platform's gateway
              sessions=500                    concurrent sessions (one interviewer and one candidate socket each)
              warmUp=15s                      reveals sent before the measurement starts
              duration=60s                    measured time
              interval=2s                     time between two commands of one session (reveal, hide, reveal ...)
              drain=10s                       how long to wait for the last events; later ones count as timeouts
              interviewers=interviewer@demo,interviewer2@demo,manager@demo
              password=sparring-demo-password
              kit=senior-swe  round=1  prompt=rate-limiter-algorithm
              clientThreads=4                 the client's connect and send threads (not per session)
              endSessions=true                end the benchmark's sessions afterwards
              out=benchmark/target            where results-<timestamp>.md is written
            """;

    static BenchmarkOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            int equals = arg.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("expected key=value, got '" + arg + "'\n" + USAGE);
            }
            given.put(arg.substring(arg.startsWith("--") ? 2 : 0, equals), arg.substring(equals + 1));
        }
        Settings settings = new Settings(given);
        return new BenchmarkOptions(
                URI.create(settings.text("gateway", "http://localhost:8080").replaceAll("/+$", "")),
                settings.number("sessions", 500),
                settings.duration("warmUp", "15s"),
                settings.duration("duration", "60s"),
                settings.duration("interval", "2s"),
                settings.duration("drain", "10s"),
                Arrays.stream(settings.text("interviewers", "interviewer@demo,interviewer2@demo,manager@demo").split(","))
                        .map(String::strip).filter(name -> !name.isEmpty()).toList(),
                settings.text("password", "sparring-demo-password"),
                settings.text("kit", "senior-swe"),
                settings.number("round", 1),
                settings.text("prompt", "rate-limiter-algorithm"),
                settings.number("clientThreads", 4),
                Boolean.parseBoolean(settings.text("endSessions", "true")),
                settings.text("out", defaultOutput()));
    }

    /** benchmark/target when started from the repository root, else target. */
    private static String defaultOutput() {
        return new java.io.File("benchmark").isDirectory() ? "benchmark/target" : "target";
    }

    URI websocket(String token) {
        String base = gateway.toString().replaceFirst("^http", "ws");
        return URI.create(base + "/ws?access_token=" + token);
    }

    /** The Origin a browser on the gateway's own page sends. */
    String origin() {
        return gateway.getScheme() + "://" + gateway.getHost() + (gateway.getPort() < 0 ? "" : ":" + gateway.getPort());
    }

    private record Settings(Map<String, String> given) {

        String text(String key, String fallback) {
            String value = given.get(key);
            if (value == null) {
                value = System.getProperty("sparring.benchmark." + key);
            }
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        int number(String key, int fallback) {
            return Integer.parseInt(text(key, Integer.toString(fallback)));
        }

        /** 90s, 500ms, 2m, or an ISO-8601 duration. */
        Duration duration(String key, String fallback) {
            String value = text(key, fallback).toLowerCase();
            if (value.startsWith("pt")) {
                return Duration.parse(value.toUpperCase());
            }
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
            }
            if (value.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)) * 60);
            }
            return Duration.ofSeconds(Long.parseLong(value));
        }
    }
}
