package dev.sparring.evaluation.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.session.ParticipantRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How often the extractor agrees with an interviewer's hand labels (src/test/resources/evidence/labelled-excerpts.yml).
 * Each excerpt is run as the only candidate utterance of a round of its kind; the extractor predicts "strong" when it
 * finds supporting evidence for the labelled competency and nothing contradicting it.
 */
class EvidenceAgreementTests {

    static final double REQUIRED_AGREEMENT = 0.85;
    static final Map<RoundKind, List<String>> COMPETENCIES = Map.of(
            RoundKind.SYSTEM_DESIGN, List.of("requirements", "scale-estimation", "trade-offs", "deep-dive",
                    "drives-conversation"),
            RoundKind.BEHAVIORAL, List.of("specific-problem", "ownership", "concrete-actions", "measurable-outcome",
                    "trade-offs-acknowledged", "reflection", "ambiguity-and-influence"),
            RoundKind.CODING, List.of("clarifies-constraints", "complexity-trade-offs", "code-quality",
                    "tests-edge-cases"));
    static final List<String> SETS = List.of("dev", "holdout-1", "holdout-2");
    static final Map<RoundKind, String> DEFAULT_PHASE = Map.of(RoundKind.SYSTEM_DESIGN, "requirements",
            RoundKind.BEHAVIORAL, "stories", RoundKind.CODING, "clarify");

    /**
     * {@code set}: "dev" (the rules were developed looking at it), "holdout-1" (held out for the first rules, then
     * used to improve them) or "holdout-2" (never used to change a rule: the unbiased figure).
     */
    record Excerpt(String id, String set, RoundKind kind, String competency, String phaseId, Duration offset,
            String text, boolean strong) {
    }

    record Outcome(Excerpt excerpt, boolean predictedStrong, List<Evidence> evidence) {
        boolean agrees() {
            return predictedStrong == excerpt.strong();
        }
    }

    final EvidenceExtractor extractor = new EvidenceExtractor();

    @Test
    void theExtractorAgreesWithTheHandLabels() throws IOException {
        List<Excerpt> excerpts = excerpts();
        List<Outcome> outcomes = excerpts.stream().map(this::predict).toList();

        String report = report(outcomes);
        System.out.println(report);
        Path file = Path.of("target", "evidence-agreement.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);

        for (RoundKind kind : RoundKind.values()) {
            for (String competency : COMPETENCIES.get(kind)) {
                List<Excerpt> forCompetency = excerpts.stream()
                        .filter(excerpt -> excerpt.kind() == kind && excerpt.competency().equals(competency))
                        .toList();
                assertThat(forCompetency).as("excerpts for %s", competency).hasSizeGreaterThanOrEqualTo(4);
                assertThat(forCompetency.stream().filter(Excerpt::strong)).as("strong excerpts for %s", competency)
                        .hasSizeGreaterThanOrEqualTo(2);
                assertThat(forCompetency.stream().filter(excerpt -> !excerpt.strong()))
                        .as("weak excerpts for %s", competency).hasSizeGreaterThanOrEqualTo(2);
            }
        }
        assertThat(agreement(outcomes)).as("overall agreement").isGreaterThanOrEqualTo(REQUIRED_AGREEMENT);
    }

    Outcome predict(Excerpt excerpt) {
        Utterance utterance = new Utterance(1, "candidate-1", "Casey Candidate", ParticipantRole.CANDIDATE, 0,
                excerpt.kind(), excerpt.phaseId(), excerpt.offset(), excerpt.text());
        List<Evidence> evidence = extractor.extract(excerpt.kind(), List.of(utterance)).stream()
                .filter(found -> found.competency().equals(excerpt.competency()))
                .toList();
        boolean supported = evidence.stream().anyMatch(found -> found.polarity() == Polarity.SUPPORTS);
        boolean contradicted = evidence.stream().anyMatch(found -> found.polarity() == Polarity.CONTRADICTS);
        return new Outcome(excerpt, supported && !contradicted, evidence);
    }

    static String report(List<Outcome> outcomes) {
        StringBuilder report = new StringBuilder("Evidence extractor agreement with hand-labelled excerpts\n\n");
        report.append(String.format(Locale.ROOT, "%-16s %-26s %4s %9s %6s %9s %9s%n", "round", "competency", "n",
                "agreement", "dev", "holdout-1", "holdout-2"));
        Map<String, List<Outcome>> byCompetency = new LinkedHashMap<>();
        for (RoundKind kind : List.of(RoundKind.SYSTEM_DESIGN, RoundKind.BEHAVIORAL, RoundKind.CODING)) {
            for (String competency : COMPETENCIES.get(kind)) {
                List<Outcome> forCompetency = outcomes.stream()
                        .filter(outcome -> outcome.excerpt().kind() == kind
                                && outcome.excerpt().competency().equals(competency))
                        .toList();
                report.append(String.format(Locale.ROOT, "%-16s %-26s %4d %9.2f %6s %9s %9s%n", kind, competency,
                        forCompetency.size(), agreement(forCompetency), figure(inSet(forCompetency, SETS.get(0))),
                        figure(inSet(forCompetency, SETS.get(1))), figure(inSet(forCompetency, SETS.get(2)))));
            }
        }
        report.append('\n');
        for (String set : SETS) {
            List<Outcome> inSet = inSet(outcomes, set);
            report.append(String.format(Locale.ROOT, "%-10s %3d/%3d = %.3f%n", set + ":",
                    inSet.stream().filter(Outcome::agrees).count(), inSet.size(), agreement(inSet)));
        }
        long matches = outcomes.stream().filter(Outcome::agrees).count();
        report.append(String.format(Locale.ROOT, "Overall: %d/%d = %.3f (required %.2f)%n", matches,
                outcomes.size(), agreement(outcomes), REQUIRED_AGREEMENT));
        report.append("\nDisagreements (label -> predicted: evidence for the competency)\n");
        for (Outcome outcome : outcomes) {
            if (!outcome.agrees()) {
                Excerpt excerpt = outcome.excerpt();
                List<String> found = outcome.evidence().stream()
                        .map(evidence -> evidence.polarity() + " " + evidence.rule() + " [" + evidence.quote().matched()
                                + "]")
                        .toList();
                report.append(String.format(Locale.ROOT, "  [%s] %s: %s -> %s: %s%n", excerpt.set(), excerpt.id(),
                        label(excerpt.strong()), label(outcome.predictedStrong()), found));
            }
        }
        return report.toString();
    }

    static List<Outcome> inSet(List<Outcome> outcomes, String set) {
        return outcomes.stream().filter(outcome -> outcome.excerpt().set().equals(set)).toList();
    }

    static String figure(List<Outcome> outcomes) {
        return outcomes.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", agreement(outcomes));
    }

    static double agreement(List<Outcome> outcomes) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(Outcome::agrees).count() / outcomes.size();
    }

    static String label(boolean strong) {
        return strong ? "strong" : "weak";
    }

    @SuppressWarnings("unchecked")
    static List<Excerpt> excerpts() throws IOException {
        try (InputStream in = EvidenceAgreementTests.class.getResourceAsStream("/evidence/labelled-excerpts.yml")) {
            assertThat(in).as("labelled-excerpts.yml on the test classpath").isNotNull();
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Excerpt> excerpts = new ArrayList<>();
            for (Map<String, Object> entry : (List<Map<String, Object>>) document.get("excerpts")) {
                RoundKind kind = RoundKind.valueOf((String) entry.get("roundKind"));
                String label = (String) entry.get("label");
                assertThat(label).as("label of %s", entry.get("id")).isIn("strong", "weak");
                Object phase = entry.getOrDefault("phaseId", DEFAULT_PHASE.get(kind));
                Object offset = entry.getOrDefault("offsetSeconds", 60);
                String set = (String) entry.getOrDefault("set", "dev");
                assertThat(set).as("set of %s", entry.get("id")).isIn(SETS);
                excerpts.add(new Excerpt((String) entry.get("id"), set, kind, (String) entry.get("competency"),
                        (String) phase, Duration.ofSeconds(((Number) offset).longValue()),
                        ((String) entry.get("text")).strip(), "strong".equals(label)));
            }
            assertThat(excerpts).extracting(Excerpt::id).doesNotHaveDuplicates();
            return excerpts;
        }
    }
}
