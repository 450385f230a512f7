package dev.sparring.content.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

import dev.sparring.content.rubric.RubricCatalog;

class KitCatalogTests {

    private static final RubricCatalog rubrics = RubricCatalog.load();

    @Test
    void loadsTheBuiltInKits() {
        KitCatalog catalog = KitCatalog.load(rubrics);

        assertThat(catalog.builtIn()).extracting(kit -> kit.id()).containsExactly("senior-swe");
        assertThat(catalog.find("senior-swe")).hasValueSatisfying(kit -> {
            assertThat(kit.version()).isEqualTo(1);
            assertThat(kit.title()).isEqualTo("Senior software engineer loop");
            assertThat(kit.teamId()).isNull();
        });
        assertThat(catalog.find("nope")).isEmpty();
    }

    @Test
    void anInvalidBuiltInKitIsAStartupError() {
        assertThatIllegalStateException()
                .isThrownBy(() -> KitCatalog.load(rubrics, "broken-kits"))
                .withMessage("built-in kit broken-kits/broken.yml is invalid: invalid kit (1 problem): "
                        + "rounds[0].phases: phase durations add up to PT50M, more than the round's PT45M");
    }
}
