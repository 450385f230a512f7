package dev.sparring.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The browser's one origin: WebSockets, REST and the pages. */
@SpringBootApplication
public class GatewayApplication {

    /** Each service reads {@code <service>.yml}, so that several can share one classpath. */
    public static final String CONFIG_NAME = "gateway";

    public static void main(String[] args) {
        start(args);
    }

    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
