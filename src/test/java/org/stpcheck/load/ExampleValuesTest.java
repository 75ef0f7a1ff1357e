package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The worked example's values the build wrote are the values the shipped example gives now. */
class ExampleValuesTest {

    @Test
    void theBuiltValuesAreTheShippedExamplesValues() throws ClassNotFoundException {
        assertThat(Class.forName(ExampleValues.BUILT)).as("the build wrote the class (load.build.ExampleValuesWriter)").isNotNull();
        var read = ExampleValues.of(FormatDocs.resource(FormatDocs.WORKED_EXAMPLE));
        assertThat(ExampleValues.shipped()).isEqualTo(read);
        assertThat(read).containsKey("footprint.code").hasSizeGreaterThan(300);
    }
}
