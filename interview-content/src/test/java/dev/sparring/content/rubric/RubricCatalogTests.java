package dev.sparring.content.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sparring.content.kit.KitCatalog;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.kit.RoundPlan;

class RubricCatalogTests {

    private static final RubricCatalog catalog = RubricCatalog.load();

    @Test
    void hasOneRubricPerRoundKind() {
        assertThat(catalog.all()).extracting(Rubric::kind).containsExactly(RoundKind.values());
        assertThat(catalog.forKind(RoundKind.CODING).id()).isEqualTo("coding");
        assertThat(catalog.forKind(RoundKind.SYSTEM_DESIGN).id()).isEqualTo("system-design");
        assertThat(catalog.forKind(RoundKind.BEHAVIORAL).id()).isEqualTo("behavioral");
        assertThat(catalog.all()).allSatisfy(rubric -> assertThat(rubric.version()).isEqualTo(1));
    }

    @Test
    void findsRubricsById() {
        assertThat(catalog.find("system-design")).hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(RoundKind.SYSTEM_DESIGN));
        assertThat(catalog.find("pairing")).isEmpty();
    }

    @Test
    void listsTheCompetenciesOfEachKind() {
        assertThat(catalog.competencyIds(RoundKind.CODING))
                .containsExactly("clarifies-constraints", "complexity-trade-offs", "code-quality", "tests-edge-cases");
        assertThat(catalog.competencyIds(RoundKind.SYSTEM_DESIGN))
                .containsExactly("requirements", "scale-estimation", "trade-offs", "deep-dive", "drives-conversation");
        assertThat(catalog.competencyIds(RoundKind.BEHAVIORAL)).containsExactly("specific-problem", "ownership",
                "concrete-actions", "measurable-outcome", "trade-offs-acknowledged", "reflection", "ambiguity-and-influence");
    }

    @Test
    void everyCompetencyHasTheFourAnchoredLevels() {
        for (Rubric rubric : catalog.all()) {
            assertThat(rubric.competencies()).as(rubric.id()).allSatisfy(competency -> {
                assertThat(competency.name()).isNotBlank();
                assertThat(competency.description()).isNotBlank();
                assertThat(competency.levels()).as(competency.id())
                        .extracting(Level::level, Level::label).containsExactly(
                                tuple(1, "Poor"),
                                tuple(2, "Borderline"),
                                tuple(3, "Solid"),
                                tuple(4, "Outstanding"));
                assertThat(competency.levels()).allSatisfy(level -> assertThat(level.description()).isNotBlank());
            });
        }
    }

    @Test
    void everyCompetencyABuiltInRoundListsExistsInTheRubricOfItsKind() {
        for (InterviewKit kit : KitCatalog.load(catalog).builtIn()) {
            for (RoundPlan round : kit.rounds()) {
                Rubric rubric = catalog.forKind(round.kind());
                assertThat(round.competencies()).as(kit.id() + "/" + round.id())
                        .allSatisfy(id -> assertThat(rubric.competency(id)).isPresent());
            }
        }
    }

    @Test
    void refusesACompetencyWithoutTheFourLevels() {
        List<Rubric> rubrics = new ArrayList<>(catalog.all());
        Rubric coding = catalog.forKind(RoundKind.CODING);
        Competency first = coding.competencies().get(0);
        Competency threeLevels = new Competency(first.id(), first.name(), first.description(), first.levels().subList(0, 3));
        rubrics.set(0, new Rubric(coding.id(), 1, RoundKind.CODING, coding.title(), List.of(threeLevels)));

        assertThatIllegalArgumentException().isThrownBy(() -> RubricCatalog.of(rubrics)).withMessage(
                "rubric 'coding' competency 'clarifies-constraints': levels must be exactly 1, 2, 3, 4 in order (were [1, 2, 3])");
    }

    @Test
    void refusesAMissingKind() {
        List<Rubric> rubrics = catalog.all().subList(0, 2);

        assertThatIllegalArgumentException().isThrownBy(() -> RubricCatalog.of(rubrics)).withMessage("no rubric for BEHAVIORAL");
    }
}
