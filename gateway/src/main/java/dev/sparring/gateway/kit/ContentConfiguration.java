package dev.sparring.gateway.kit;

import dev.sparring.content.kit.KitCatalog;
import dev.sparring.content.kit.KitReader;
import dev.sparring.content.kit.KitValidator;
import dev.sparring.content.rubric.RubricCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The product's built-in content, loaded and validated once at startup: a broken kit stops the gateway. */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean
    RubricCatalog rubricCatalog() {
        return RubricCatalog.load();
    }

    @Bean
    KitCatalog kitCatalog(RubricCatalog rubrics) {
        return KitCatalog.load(rubrics);
    }

    @Bean
    KitValidator kitValidator(RubricCatalog rubrics) {
        return new KitValidator(rubrics);
    }

    @Bean
    KitReader kitReader(KitValidator validator) {
        return new KitReader(validator);
    }
}
