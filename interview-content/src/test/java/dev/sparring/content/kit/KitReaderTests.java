package dev.sparring.content.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.contracts.kit.DeepDivePrompt;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.kit.PhasePlan;
import dev.sparring.contracts.kit.RoundKind;

class KitReaderTests {

    private static final KitReader reader = new KitReader(new KitValidator(RubricCatalog.load()));

    private static final String YAML = """
            id: team-loop
            version: 2
            title: Team loop
            description: What our platform team uses
            rounds:
              - id: design
                kind: SYSTEM_DESIGN
                title: System design
                duration: PT45M
                phases:
                  - {id: requirements, title: Requirements, duration: PT5M, guidance: Let them drive}
                  - {id: design, title: Design, duration: PT40M}
                competencies: [requirements, trade-offs]
                prompts:
                  - id: url-shortener
                    family: storage-system
                    title: URL shortener
                    text: Design a URL shortener.
                    competencies: [requirements]
                    hints: [Ask about custom aliases]
                    deepDives:
                      - id: url-shortener-ids
                        text: How do you generate ids without collisions?
                        competencies: [trade-offs]
            """;

    private static final String JSON = """
            {
              "id": "team-loop", "version": 2, "title": "Team loop", "description": "What our platform team uses",
              "rounds": [{
                "id": "design", "kind": "SYSTEM_DESIGN", "title": "System design", "duration": "PT45M",
                "phases": [
                  {"id": "requirements", "title": "Requirements", "duration": "PT5M", "guidance": "Let them drive"},
                  {"id": "design", "title": "Design", "duration": "PT40M"}
                ],
                "competencies": ["requirements", "trade-offs"],
                "prompts": [{
                  "id": "url-shortener", "family": "storage-system", "title": "URL shortener",
                  "text": "Design a URL shortener.", "competencies": ["requirements"],
                  "hints": ["Ask about custom aliases"],
                  "deepDives": [{"id": "url-shortener-ids", "text": "How do you generate ids without collisions?",
                                 "competencies": ["trade-offs"]}]
                }]
              }]
            }
            """;

    @Test
    void readsYamlWithIsoDurations() {
        InterviewKit kit = reader.readYaml(YAML);

        assertThat(kit.id()).isEqualTo("team-loop");
        assertThat(kit.version()).isEqualTo(2);
        assertThat(kit.teamId()).isNull();
        assertThat(kit.rounds()).singleElement().satisfies(round -> {
            assertThat(round.kind()).isEqualTo(RoundKind.SYSTEM_DESIGN);
            assertThat(round.duration()).isEqualTo(Duration.ofMinutes(45));
            assertThat(round.phases()).containsExactly(
                    new PhasePlan("requirements", "Requirements", Duration.ofMinutes(5), "Let them drive"),
                    new PhasePlan("design", "Design", Duration.ofMinutes(40), null));
            assertThat(round.prompts().get(0).deepDives()).containsExactly(new DeepDivePrompt("url-shortener-ids",
                    "How do you generate ids without collisions?", List.of("trade-offs")));
        });
    }

    @Test
    void readsTheSameKitFromJson() {
        assertThat(reader.readJson(JSON)).isEqualTo(reader.readYaml(YAML));
    }

    @Test
    void readTellsJsonFromYaml() {
        assertThat(reader.read(JSON)).isEqualTo(reader.read(YAML));
    }

    @Test
    void refusesMalformedYamlWithTheLine() {
        String text = YAML.replace("competencies: [requirements, trade-offs]", "competencies: [requirements, trade-offs");

        KitValidationException e = catchThrowableOfType(KitValidationException.class, () -> reader.readYaml(text));

        assertThat(e.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("malformed YAML at line 14, column 12: while parsing a flow sequence"));
        assertThat(e).hasMessageStartingWith("invalid kit (1 problem): ");
    }

    @Test
    void refusesMalformedJsonWithTheLine() {
        KitValidationException e = catchThrowableOfType(KitValidationException.class,
                () -> reader.readJson("{\"id\": \"team-loop\",\n \"version\": 2,}"));

        assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .startsWith("malformed JSON at line 2, column 15: Unexpected character ('}'"));
    }

    @Test
    void refusesADurationThatIsNotIso8601() {
        KitValidationException e = catchThrowableOfType(KitValidationException.class,
                () -> reader.readYaml(YAML.replace("duration: PT45M", "duration: 45 minutes")));

        assertThat(e.problems()).containsExactly(new KitProblem("rounds[0].duration",
                "'45 minutes' is not an ISO-8601 duration such as PT45M (YAML line 9, column 15)"));
    }

    @Test
    void refusesAnUnknownRoundKind() {
        KitValidationException e = catchThrowableOfType(KitValidationException.class,
                () -> reader.readJson(JSON.replace("SYSTEM_DESIGN", "PAIRING")));

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("rounds[0].kind");
            assertThat(problem.message()).startsWith(
                    "'PAIRING' is not a round kind (one of CODING, SYSTEM_DESIGN, BEHAVIORAL) (JSON line 4");
        });
    }

    @Test
    void refusesUnknownPropertiesSoTyposDoNotLoseContent() {
        KitValidationException e = catchThrowableOfType(KitValidationException.class,
                () -> reader.readYaml(YAML.replace("deepDives:", "deepdives:")));

        assertThat(e.problems()).containsExactly(new KitProblem("rounds[0].prompts[0].deepdives",
                "unknown property (expected one of competencies, deepDives, family, hints, id, text, title)"));
    }

    @Test
    void refusesADocumentThatIsNotAKit() {
        KitValidationException e = catchThrowableOfType(KitValidationException.class, () -> reader.readYaml("- a\n- b\n"));

        assertThat(e.problems()).containsExactly(new KitProblem("",
                "the document must be a kit: a mapping with id, version, title and rounds (YAML line 1, column 1)"));
    }

    @Test
    void refusesNullEntries() {
        KitValidationException e = catchThrowableOfType(KitValidationException.class,
                () -> reader.readJson(JSON.replace("\"competencies\": [\"requirements\", \"trade-offs\"]",
                        "\"competencies\": [\"requirements\", null]")));

        assertThat(e.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("a list has an empty (null) entry"));
        KitValidationException nullRound = catchThrowableOfType(KitValidationException.class,
                () -> reader.readJson("{\"id\": \"team-loop\", \"version\": 1, \"rounds\": [null]}"));
        assertThat(nullRound.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("a list has an empty (null) entry"));
    }

    @Test
    void refusesEmptyText() {
        KitValidationException e = catchThrowableOfType(KitValidationException.class, () -> reader.read("  \n"));

        assertThat(e.problems()).containsExactly(new KitProblem("", "the YAML text is empty"));
    }

    @Test
    void reportsEveryValidationProblemOfAWellFormedKit() {
        String text = YAML.replace("version: 2", "version: 0").replace("competencies: [trade-offs]", "competencies: [ownership]");

        KitValidationException e = catchThrowableOfType(KitValidationException.class, () -> reader.readYaml(text));

        assertThat(e.problems()).containsExactly(
                new KitProblem("version", "must be at least 1 (was 0)"),
                new KitProblem("rounds[0].prompts[0].deepDives[0].competencies[0]",
                        "competency 'ownership' is not one of the round's (requirements, trade-offs)"));
        assertThat(e).hasMessage("invalid kit (2 problems): version: must be at least 1 (was 0); "
                + "rounds[0].prompts[0].deepDives[0].competencies[0]: competency 'ownership' is not one of the round's "
                + "(requirements, trade-offs)");
    }

    @Test
    void aMissingVersionIsReportedByTheValidator() {
        KitValidationException e = catchThrowableOfType(KitValidationException.class,
                () -> reader.readYaml(YAML.replace("version: 2\n", "")));

        assertThat(e.problems()).containsExactly(new KitProblem("version", "must be at least 1 (was 0)"));
    }
}
