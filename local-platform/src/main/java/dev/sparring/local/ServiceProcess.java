package dev.sparring.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts one Spring Boot service from its exec jar, wired to the local Kafka and Redis. */
final class ServiceProcess {

    private final PlatformSettings settings;
    private final ProcessSupervisor supervisor;

    ServiceProcess(PlatformSettings settings, ProcessSupervisor supervisor) {
        this.settings = settings;
        this.supervisor = supervisor;
    }

    ManagedProcess start(ServiceSpec service) {
        Path jar = service.execJar(settings.repoRoot(), settings.projectVersion());
        // Tomcat's work directories land in java.io.tmpdir; keep them with the rest of the run's state
        Path tmpDir = settings.workDir().resolve("tmp").resolve(service.module());
        try {
            Files.createDirectories(tmpDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of(
                Executables.currentJava().toString(),
                "-Djava.io.tmpdir=" + tmpDir,
                "-jar", jar.toString());
        return supervisor.launch(new LaunchSpec(service.module(), command, environment(settings, service),
                settings.repoRoot(), logFile(settings, service)));
    }

    /** The variables platform-support's defaults read (KAFKA_BOOTSTRAP, REDIS_HOST, REDIS_PORT) plus the port and profile. */
    static Map<String, String> environment(PlatformSettings settings, ServiceSpec service) {
        return Map.of(
                "KAFKA_BOOTSTRAP", settings.kafkaBootstrap(),
                "REDIS_HOST", "127.0.0.1",
                "REDIS_PORT", String.valueOf(settings.redisPort()),
                "SERVER_PORT", String.valueOf(service.port()),
                "SPRING_PROFILES_ACTIVE", "local");
    }

    static Path logFile(PlatformSettings settings, ServiceSpec service) {
        return settings.logsDir().resolve(service.module() + ".log");
    }
}
