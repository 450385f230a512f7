package dev.sparring.evaluation.system;

import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.evaluation.evidence.EvidenceExtractor;
import dev.sparring.evaluation.report.ReportBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("dev.sparring.evaluation")
class EvaluationConfiguration {

    /** The rubrics are part of the product: a broken one stops the service at startup. */
    @Bean
    RubricCatalog rubricCatalog() {
        return RubricCatalog.load();
    }

    @Bean
    EvidenceExtractor evidenceExtractor() {
        return new EvidenceExtractor();
    }

    @Bean
    ReportBuilder reportBuilder(RubricCatalog rubrics, EvidenceExtractor extractor) {
        return new ReportBuilder(rubrics, extractor);
    }
}
