package dev.sparring.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start one child process.
 *
 * @param name how messages refer to it ("Kafka", "gateway")
 * @param command the program and its arguments
 * @param environment variables added to the launcher's own environment
 * @param workingDirectory where it runs
 * @param logFile receives its stdout and stderr (appended, so a formatter and the broker can share one)
 */
record LaunchSpec(String name, List<String> command, Map<String, String> environment, Path workingDirectory, Path logFile) {

    LaunchSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
