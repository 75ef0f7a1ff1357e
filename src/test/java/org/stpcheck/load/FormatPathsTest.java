package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The format's path questions answered by hand (issue 12: they were regexes compiled per question,
 * most of a cold report's first snippets) answer as the regexes did. The regexes stay here as the
 * oracle; the paths are the format's own, the patterns of its texts, and seeded near-misses.
 */
class FormatPathsTest {
    private static final long SEED = 20261205L;
    private static final String ALPHABET = "ab_0.[]*1x-";

    /** The definition before issue 12: each {@code *} one key of {@code [a-z0-9_]+}. */
    private static boolean matchesByRegex(String pattern, String path) {
        if (!pattern.contains("*")) return pattern.equals(path);
        String[] parts = pattern.split("\\*", -1);
        StringBuilder rx = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) rx.append("[a-z0-9_]+");
            rx.append(Pattern.quote(parts[i]));
        }
        return path.matches(rx.toString());
    }

    private static String normalizeByRegex(String path) {
        return path == null ? "" : path.replaceAll("\\[[0-9]+\\]", "[]");
    }

    @Test
    void everyTextsPatternNamesTheKeysItsRegexNamed() {
        List<String> paths = new ArrayList<>();
        for (FormatKey k : FormatDocs.keys()) paths.add(k.path());
        int matched = 0;
        for (KeyDoc d : FormatDocs.docs()) {
            for (String path : paths) {
                boolean expected = matchesByRegex(d.key(), path);
                assertThat(FormatDocs.matches(d.key(), path)).as("%s against %s", d.key(), path).isEqualTo(expected);
                if (expected && d.key().contains("*")) matched++;
            }
        }
        assertThat(matched).as("the patterns with * name some keys, or this test compares nothing").isGreaterThan(10);
    }

    @Test
    void seededPatternsAndPathsAgreeWithTheRegex() {
        Random random = new Random(SEED);
        int agreedTrue = 0;
        for (int n = 0; n < 20_000; n++) {
            String pattern = word(random, 1 + random.nextInt(8));
            String path = random.nextInt(3) == 0 ? fill(pattern, random) : word(random, random.nextInt(10));
            boolean expected = matchesByRegex(pattern, path);
            assertThat(FormatDocs.matches(pattern, path)).as("%s against %s", pattern, path).isEqualTo(expected);
            if (expected && pattern.contains("*")) agreedTrue++;
        }
        assertThat(agreedTrue).as("the generator makes matching pairs too").isGreaterThan(500);
    }

    @Test
    void listPositionsAreNormalizedAsTheRegexDid() {
        Random random = new Random(SEED);
        List<String> cases = new ArrayList<>(List.of("", "a", "a[0]", "a[12].b[3]", "a[]", "a[x]", "a[1", "[7]", "a[1][2]", "a[[1]]", "a[01]b"));
        for (int n = 0; n < 20_000; n++) cases.add(word(random, random.nextInt(12)).replace('*', '9'));
        for (String path : cases) {
            assertThat(FormatDocs.normalize(path)).as(path).isEqualTo(normalizeByRegex(path));
        }
        assertThat(FormatDocs.normalize(null)).isEmpty();
    }

    private static String word(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return b.toString();
    }

    /** A path the pattern may name: each * replaced by a run of key characters (or, now and then, none or a dot). */
    private static String fill(String pattern, Random random) {
        StringBuilder b = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c != '*') {
                b.append(c);
                continue;
            }
            int kind = random.nextInt(10);
            if (kind == 0) continue;
            if (kind == 1) b.append('.');
            int length = 1 + random.nextInt(4);
            for (int i = 0; i < length; i++) b.append("ab_0"/* key characters */.charAt(random.nextInt(4)));
        }
        return b.toString();
    }
}
