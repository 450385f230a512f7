package dev.sparring.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Registered in {@code META-INF/spring.factories}; acts on classes with {@link WithRealInfrastructure}. */
public class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(WithRealInfrastructure.class);
        return wanted ? new RealInfrastructureCustomizer() : null;
    }

    /** Equal to every other instance, so contexts that differ only by their key prefix are still cached. */
    private static final class RealInfrastructureCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            Map<String, Object> properties = new HashMap<>(RealInfrastructure.get().springProperties());
            properties.put("sparring.redis.key-prefix", "test-" + UUID.randomUUID() + ":");
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("realInfrastructure", properties));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RealInfrastructureCustomizer;
        }

        @Override
        public int hashCode() {
            return RealInfrastructureCustomizer.class.hashCode();
        }
    }
}
