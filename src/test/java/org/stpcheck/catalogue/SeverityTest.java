package org.stpcheck.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one reading of a fail-on level, shared by {@code check --fail-on} and the API's {@code fail_on=}. */
class SeverityTest {
    @Test
    void aFailOnLevelIsReadInAnyCaseWithSpaceAroundAndNeverIsNull() {
        assertThat(Severity.failOn("error")).isEqualTo(Severity.ERROR);
        assertThat(Severity.failOn(" ERROR ")).isEqualTo(Severity.ERROR);
        assertThat(Severity.failOn("Warning")).isEqualTo(Severity.WARNING);
        assertThat(Severity.failOn("info\t")).isEqualTo(Severity.INFO);
        assertThat(Severity.failOn("never")).isNull();
        assertThat(Severity.failOn(" NEVER")).isNull();
    }

    @Test
    void anyOtherValueIsRefusedWithTheValuesExpected() {
        for (String bad : new String[] {"", "bogus", "errors", "warn", "e rror"}) {
            assertThatThrownBy(() -> Severity.failOn(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("expected error, warning, info or never");
        }
    }
}
