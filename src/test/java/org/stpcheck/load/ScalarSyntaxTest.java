package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The loader's id test, written out char by char, answers as the id pattern the JSON Schema publishes. */
class ScalarSyntaxTest {
    private static final char[] ALPHABET = {'a', 'b', 'z', '0', '9', '_', '-', 'A', 'Z', ' ', '.', '`', '{', '/', ':', '\u00E9', '\u0131', '\u212A', '\n'};

    @Test
    void anIdIsWhatTheSchemasPatternSaysItIs() {
        String[] cases = {"", "a", "z", "a1", "a-b_c", "1a", "_a", "-a", "A", "aB", "ab ", " ab", "a".repeat(64), "a".repeat(65),
            "a" + "1".repeat(63), "hwb", "ccg_leeds", "\u212Aelvin", "a\n"};
        for (String c : cases) assertThat(ScalarSyntax.isId(c)).as("%s", c).isEqualTo(ScalarSyntax.matchesIdSyntax(c));
        Random random = new Random(20261205L);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 70 : 8);
            for (int i = 0; i < length; i++) b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            String t = b.toString();
            if (ScalarSyntax.isId(t) != ScalarSyntax.matchesIdSyntax(t)) assertThat(ScalarSyntax.isId(t)).as("%s", t).isEqualTo(ScalarSyntax.matchesIdSyntax(t));
        }
    }
}
