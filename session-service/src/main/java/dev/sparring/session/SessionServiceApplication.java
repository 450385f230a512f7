package dev.sparring.session;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The single writer of live session state. */
@SpringBootApplication
public class SessionServiceApplication {

    /**
     * Each service reads {@code <service>.yml} rather than {@code application.yml}, so that several
     * services can share one classpath (the system tests start them side by side in one JVM).
     */
    public static final String CONFIG_NAME = "session-service";

    public static void main(String[] args) {
        start(args);
    }

    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(SessionServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
