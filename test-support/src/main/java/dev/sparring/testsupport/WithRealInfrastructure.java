package dev.sparring.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points the Spring test context of the annotated class at the shared {@link RealInfrastructure}:
 * its Kafka bootstrap servers, its Redis, and a Redis key prefix of the context's own so that
 * contexts never see each other's keys.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithRealInfrastructure {
}
