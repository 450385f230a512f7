package dev.sparring.local;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One Spring Boot service of the platform, run from its executable jar.
 *
 * @param module the Maven module, which is also the service's name in logs and messages
 * @param port the HTTP port it listens on
 */
public record ServiceSpec(String module, int port) {

    /** The environment variable that overrides this service's port, e.g. {@code SPARRING_SESSION_SERVICE_PORT}. */
    public static String portVariable(String module) {
        return "SPARRING_" + module.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
    }

    /** The jar spring-boot-maven-plugin repackages next to the plain jar (classifier {@code exec}, see the root pom). */
    public Path execJar(Path repoRoot, String projectVersion) {
        return repoRoot.resolve(module).resolve("target").resolve(module + "-" + projectVersion + "-exec.jar");
    }

    public String healthUrl() {
        return "http://localhost:" + port + "/actuator/health";
    }
}
