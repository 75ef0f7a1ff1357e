package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A plain scalar where text is expected is refused when YAML 1.2's core schema reads it as a number
 * or a boolean; the loader settles most text by its first character before trying the number
 * pattern (issue 12), and must name the same kinds as the pattern alone did.
 */
class PlainScalarKindTest {
    private static String firstError(String value) {
        String yaml = "format_version: 1\nplan: {id: t, name: T, as_of: 2017-01-01}\nfootprint: {name: " + value + "}\n";
        var errors = new PlanLoader().load("t.yaml", yaml).formattedErrors();
        return errors.isEmpty() ? "" : errors.get(0);
    }

    @Test
    void numbersInEveryYamlFormAreNumbers() {
        for (String n : new String[] {"12", "-3", "+4", ".5", "1.", "1e3", "-2.5E-3", "0o17", "0x1F", ".inf", "-.Inf", "+.INF", ".nan", ".NaN"}) {
            assertThat(firstError(n)).as(n).contains("found the number");
        }
    }

    @Test
    void booleansAreBooleansAndTextIsText() {
        for (String b : new String[] {"true", "False", "TRUE"}) assertThat(firstError(b)).as(b).contains("found the boolean");
        for (String t : new String[] {"Wessex", "x12", "1x", "-", "+a", ".a", "0x", "e3", "nan", "inf", "yes", "1 000"}) {
            assertThat(firstError(t)).as(t).doesNotContain("found the number").doesNotContain("found the boolean");
        }
    }
}
