package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bounded edit distance gives the same suggestions as the full one, ties alphabetical (plan-format 1.1). */
class SuggestionsTest {
    @Test
    void theNearestWordWithinThreeEditsTiesGoingToTheAlphabeticallyFirst() {
        assertThat(Suggestions.nearest("categry", List.of("name", "category", "organisation"))).isEqualTo("category");
        assertThat(Suggestions.nearest("ab", List.of("ad", "ac", "abcdef"))).isEqualTo("ac");
        assertThat(Suggestions.nearest("zzzzzzzz", List.of("acs", "plan"))).isNull();
        assertThat(Suggestions.nearest("x".repeat(100_000), List.of("acs", "x".repeat(99_998)))).isEqualTo("x".repeat(99_998));
    }

    @Test
    void theBoundedDistanceIsExactUpToItsLimitAndStopsBeyondIt() {
        assertThat(Suggestions.editDistance("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(Suggestions.editDistance("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(Suggestions.editDistance("flaw", "lawn")).isEqualTo(2);
        assertThat(Suggestions.editDistance("abcdefgh", "stuvwxyz", 3)).isEqualTo(4);
    }
}
