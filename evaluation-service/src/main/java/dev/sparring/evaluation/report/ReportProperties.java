package dev.sparring.evaluation.report;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param teamsSharingLevels teams whose candidates see the rubric level in their feedback; by
 *     default no team does
 */
@ConfigurationProperties("sparring.evaluation.feedback")
public record ReportProperties(@DefaultValue List<String> teamsSharingLevels) {
}
