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
final class Platform implements AutoCloseable {

    private final String keyPrefix = "platform-" + UUID.randomUUID() + ":";
    private final List<RunningService> sessionServices = new ArrayList<>();
    private final List<RunningService> gateways = new ArrayList<>();
    private final List<RunningService> others = new ArrayList<>();

    static Platform start(int sessionServices, int gateways, String... sessionServiceArgs) {
        Platform platform = new Platform();
        for (int i = 0; i < sessionServices; i++) {
            platform.startSessionService(sessionServiceArgs);
        }
        for (int i = 0; i < gateways; i++) {
            platform.gateways.add(RunningService.start(GatewayApplication::start, platform.keyPrefix,
                    "--spring.profiles.active=local")
                    .awaitListenerAssigned("gateway-fanout")
                    .awaitListenerAssigned("gateway-rejections"));
        }
        return platform;
    }

    RunningService startSessionService(String... args) {
        String[] withArgs = java.util.stream.Stream.concat(java.util.stream.Stream.of(RunningService.NOT_THE_GATEWAY),
                java.util.Arrays.stream(args)).toArray(String[]::new);
        RunningService service = RunningService.start(SessionServiceApplication::start, keyPrefix, withArgs);
        sessionServices.add(service);
        return service;
    }

    void stopSessionService(int index) {
        sessionServices.remove(index).close();
    }

    RunningService startEvaluationService() {
        RunningService service = RunningService.start(EvaluationServiceApplication::start, keyPrefix,
                RunningService.NOT_THE_GATEWAY);
        others.add(service);
        return service;
    }

    RunningService gateway(int index) {
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
