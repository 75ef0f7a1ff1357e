package org.stpcheck.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.stpcheck.catalogue.build.CatalogueClassWriter;

/**
 * The catalogue the build writes as a class of literals (issue 12: no JSON parse at start-up) is
 * the catalogue of {@code rules/}, value for value and in the same order, and the jar uses it.
 */
class BuiltCatalogueTest {
    static final RuleSource JAR = RuleSource.shipped();

    @Test
    void theJarLoadsTheBuiltClassAndItHoldsWhatTheYamlAndTheJsonHold() {
        Catalogue built = JAR.builtCatalogue();
        assertThat(built).as("process-classes writes " + CatalogueClassWriter.CLASS).isNotNull();
        Catalogue yaml = Catalogue.fromTrees(Catalogue.readYaml(RuleSource.directory(TestSupport.RULES_DIR)), JAR);
        Catalogue json = Catalogue.fromTrees(JAR.compiledCatalogue(), JAR);
        assertThat(built.requirements()).isEqualTo(yaml.requirements()).isEqualTo(json.requirements());
        assertThat(built.config()).isEqualTo(yaml.config()).isEqualTo(json.config());
        assertThat(new ArrayList<>(built.config().englandCcgFootprints().entrySet()))
                .as("the lookup keeps its order").isEqualTo(new ArrayList<>(yaml.config().englandCcgFootprints().entrySet()));
        assertThat(Catalogue.load(JAR).requirements()).isEqualTo(built.requirements());
    }

    @Test
    void literalsEscapeWhatJavaNeedsEscaped() {
        assertThat(CatalogueClassWriter.literal("say \"£5\"\\\n\tok")).isEqualTo("\"say \\\"\\u00a35\\\"\\\\\\n\\tok\"");
        assertThat(CatalogueClassWriter.literal(java.time.LocalDate.of(2016, 3, 31))).isEqualTo("java.time.LocalDate.of(2016, 3, 31)");
        assertThat(CatalogueClassWriter.literal(Severity.WARNING)).isEqualTo("org.stpcheck.catalogue.Severity.WARNING");
        assertThat(CatalogueClassWriter.literal(new RuleConfig.PcrThreshold(java.time.LocalDate.of(2016, 4, 18), 589148.0, "S1")))
                .isEqualTo("new org.stpcheck.catalogue.RuleConfig.PcrThreshold(java.time.LocalDate.of(2016, 4, 18), 589148.0d, \"S1\")");
    }

    @Test
    void aTypeTheWriterCannotExpressFailsTheBuildByName() {
        assertThatThrownBy(() -> CatalogueClassWriter.literal(URI.create("https://example.org")))
                .hasMessageContaining("java.net.URI").hasMessageContaining("CatalogueClassWriter.literal");
        assertThatThrownBy(() -> CatalogueClassWriter.literal(Double.NaN)).hasMessageContaining("NaN");
    }
}
