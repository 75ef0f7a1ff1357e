package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stpcheck.catalogue.BuiltClass;

/** The worked example's values and the keys' placeholders the build wrote are what the shipped example and format give now. */
class ExampleValuesTest {

    @Test
    void theBuiltValuesAreTheShippedExamplesValues() throws ClassNotFoundException {
        assertThat(Class.forName(ExampleValues.BUILT)).as("the build wrote the class (load.build.ExampleValuesWriter)").isNotNull();
        var read = ExampleValues.of(FormatDocs.resource(FormatDocs.WORKED_EXAMPLE));
        assertThat(ExampleValues.shipped()).isEqualTo(read);
        assertThat(read).containsKey("footprint.code").hasSizeGreaterThan(300);
    }

    @Test
    void theBuiltPlaceholdersAreTheFormatsPlaceholders() {
        Map<String, String> built = BuiltClass.<Map<String, String>>supplied(FormatDocs.BUILT_PLACEHOLDERS, "built placeholders").orElseThrow(() -> new AssertionError("the build wrote no " + FormatDocs.BUILT_PLACEHOLDERS));
        assertThat(built).isEqualTo(FormatDocs.placeholders()).hasSize(FormatDocs.keys().size());
        assertThat(built.get("governance.lead.ratified_date"))
                .isEqualTo("<the date NHS England and NHS Improvement ratified the lead's appointment, YYYY-MM-DD>");
    }
}
