package dev.sparring.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every service's actuator health until all report UP. The services start in parallel and are
 * polled together, so one that crashes is reported as soon as it exits, not after the others are up.
 */
final class HealthWaiter {

    private static final Logger log = LoggerFactory.getLogger(HealthWaiter.class);

    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** A started service and where it reports health. */
    record Target(ServiceSpec service, ManagedProcess process) {
    }

    void awaitAllUp(List<Target> targets, Duration timeout) {
        Stopwatch stopwatch = Stopwatch.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Target> pending = new ArrayList<>(targets);
        Map<Target, String> lastAnswer = new LinkedHashMap<>();
        while (!pending.isEmpty()) {
            for (Target target : List.copyOf(pending)) {
                if (!target.process().isAlive()) {
                    throw new StartupException(target.service().module() + " exited during startup (exit code "
                            + target.process().exitCode() + "); see " + target.process().logFile());
                }
                String answer = probe(target.service());
                if (answer == null) {
                    log.info("{} is UP on port {} after {}", target.service().module(), target.service().port(), stopwatch);
                    pending.remove(target);
                } else {
                    lastAnswer.put(target, answer);
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                Target late = pending.get(0);
                throw new StartupException(late.service().module() + " did not report UP on " + late.service().healthUrl()
                        + " within " + timeout.toSeconds() + " s (last answer: " + lastAnswer.get(late) + "); see "
                        + late.process().logFile());
            }
            sleep(POLL_INTERVAL);
        }
    }

    /** Null when the service is UP, otherwise what it answered, for the timeout message. */
    private String probe(ServiceSpec service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.healthUrl()))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return isUp(response.statusCode(), response.body()) ? null : "HTTP " + response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return "no connection (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted while waiting for " + service.module(), e);
        }
    }

    /**
     * Actuator answers 200 only when the aggregate status is UP (503 for DOWN or OUT_OF_SERVICE);
     * the body is checked as well so that some other server answering 200 on the port does not count.
     */
    static boolean isUp(int statusCode, String body) {
        return statusCode == 200 && body != null && STATUS_UP.matcher(body).find();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted while waiting for the services", e);
        }
    }
}
