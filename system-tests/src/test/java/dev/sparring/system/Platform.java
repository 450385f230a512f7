package dev.sparring.system;

import dev.sparring.evaluation.EvaluationServiceApplication;
import dev.sparring.gateway.GatewayApplication;
import dev.sparring.session.SessionServiceApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A whole Sparring platform in this JVM on the shared real Kafka and Redis: session-services and
 * gateways (as many as a test wants), with a Redis key prefix of its own. Gateways run with the
 * {@code local} profile, which creates the documented demo accounts.
 */
public final class Platform implements AutoCloseable {

    private final String keyPrefix = "platform-" + UUID.randomUUID() + ":";
    private final List<RunningService> sessionServices = new ArrayList<>();
    private final List<RunningService> gateways = new ArrayList<>();
    private final List<RunningService> others = new ArrayList<>();

    /** {@code --name=value} arguments every service of this platform gets (for instance a Redis of its own). */
    private final List<String> everyService = new ArrayList<>();

    private String evaluationUrl;

    public static Platform start(int sessionServices, int gateways, String... sessionServiceArgs) {
        Platform platform = new Platform();
        for (int i = 0; i < sessionServices; i++) {
            platform.startSessionService(sessionServiceArgs);
        }
        for (int i = 0; i < gateways; i++) {
            platform.startGateway();
        }
        return platform;
    }

    /** Session-services and gateways on a Redis of their own (the shared Kafka still). */
    public static Platform startOnRedis(String redisHost, int redisPort, int sessionServices, int gateways,
            String... sessionServiceArgs) {
        Platform platform = new Platform();
        platform.everyService.addAll(List.of("--spring.data.redis.host=" + redisHost,
                "--spring.data.redis.port=" + redisPort));
        for (int i = 0; i < sessionServices; i++) {
            platform.startSessionService(sessionServiceArgs);
        }
        for (int i = 0; i < gateways; i++) {
            platform.startGateway();
        }
        return platform;
    }

    /** The whole platform: session-services, an evaluation-service, and gateways that forward to it. */
    public static Platform startWithEvaluation(int sessionServices, int gateways) {
        Platform platform = new Platform();
        for (int i = 0; i < sessionServices; i++) {
            platform.startSessionService();
        }
        platform.startEvaluationService();
        for (int i = 0; i < gateways; i++) {
            platform.startGateway();
        }
        return platform;
    }

    /**
     * A session-service, an evaluation-service and a gateway on {@code port} that a browser opens sockets
     * to: the WebSocket handshake checks the page's Origin, so the port is chosen before the gateway starts.
     */
    public static Platform startForBrowsers(int port) {
        Platform platform = start(1, 0);
        platform.startEvaluationService();
        platform.startGateway("--server.port=" + port,
                "--sparring.gateway.allowed-origins=http://localhost:" + port + ",http://127.0.0.1:" + port);
        return platform;
    }

    /**
     * Starts one more gateway (with the {@code local} profile).
     *
     * @param args {@code --name=value} overrides, e.g. a fixed {@code --server.port} and the
     *     {@code --sparring.gateway.allowed-origins} a browser test connects from
     */
    public RunningService startGateway(String... args) {
        List<String> defaults = new ArrayList<>(List.of("--spring.profiles.active=local"));
        if (evaluationUrl != null) {
            defaults.add("--sparring.gateway.evaluation-url=" + evaluationUrl);
        }
        RunningService gateway = RunningService.start(GatewayApplication::start, keyPrefix, arguments(defaults, args))
                .awaitListenerAssigned("gateway-fanout")
                .awaitListenerAssigned("gateway-rejections");
        gateways.add(gateway);
        return gateway;
    }

    /**
     * A session-service, once it holds command partitions. All test classes share the event topic, and
     * a new instance rebuilds in its own key prefix every recent session it finds there; a lookback of
     * two minutes (rather than 15) keeps that to about this class's own sessions.
     */
    RunningService startSessionService(String... args) {
        RunningService service = RunningService.start(SessionServiceApplication::start, keyPrefix,
                arguments(List.of(RunningService.NOT_THE_GATEWAY, "--sparring.session.recovery.lookback=2m"), args))
                .awaitListenerAssigned("session-commands");
        sessionServices.add(service);
        return service;
    }

    void stopSessionService(int index) {
        sessionServices.remove(index).close();
    }

    /**
     * An evaluation-service in a consumer group of this platform's own, reading from the newest events:
     * in the shared group it would first take in what other test classes' sessions published since the
     * last evaluation-service ran (their scores, in the demo team, would count in this platform's figures).
     */
    public RunningService startEvaluationService() {
        RunningService service = RunningService.start(EvaluationServiceApplication::start, keyPrefix,
                arguments(List.of(RunningService.NOT_THE_GATEWAY,
                        "--spring.kafka.consumer.group-id=evaluation-service-" + keyPrefix.replace(":", ""),
                        "--spring.kafka.consumer.auto-offset-reset=latest")))
                .awaitListenerAssigned("evaluation-session-events");
        others.add(service);
        evaluationUrl = "http://localhost:" + service.port();
        return service;
    }

    /**
     * A service's own defaults, then what every service of this platform gets, then the caller's
     * overrides: {@link RunningService#start} keeps the last value of a name.
     */
    private String[] arguments(List<String> defaults, String... overrides) {
        List<String> all = new ArrayList<>(defaults);
        all.addAll(everyService);
        all.addAll(List.of(overrides));
        return all.toArray(String[]::new);
    }

    RunningService evaluationService() {
        return others.get(0);
    }

    public RunningService gateway(int index) {
        return gateways.get(index);
    }

    RunningService sessionService(int index) {
        return sessionServices.get(index);
    }

    ApiClient api(int gateway) {
        return new ApiClient(gateways.get(gateway).port());
    }

    String keyPrefix() {
        return keyPrefix;
    }

    @Override
    public void close() {
        gateways.forEach(RunningService::close);
        others.forEach(RunningService::close);
        sessionServices.forEach(RunningService::close);
    }
}
