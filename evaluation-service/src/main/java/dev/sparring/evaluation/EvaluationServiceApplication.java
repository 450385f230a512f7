package dev.sparring.evaluation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Turns transcripts and interviewer scores into rubric reports and calibration figures. */
@SpringBootApplication
public class EvaluationServiceApplication {

    /** Each service reads {@code <service>.yml}, so that several can share one classpath. */
    public static final String CONFIG_NAME = "evaluation-service";

    public static void main(String[] args) {
        start(args);
    }

    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(EvaluationServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
