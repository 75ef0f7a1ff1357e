package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * SourceText reads a plan in one pass (issue 12); it answers as the five passes before it did. The
 * old passes are kept here as the oracle, over the 44 plans and seeded texts full of the characters
 * that matter: line feeds, carriage returns, surrogates (paired and not), YAML 1.1's extra breaks,
 * the stand-ins, C0 and C1 controls, noncharacters and a byte order mark.
 */
class SourceTextTest {
    private static final long SEED = 20261205L;
    private static final char[] ALPHABET = {'a', ' ', ':', '\n', '\n', '\r', '\t', '\uD83D', '\uDE00', '\u0085', '\u2028', '\u2029',
        '\uFDD0', '\uFDD2', '\u0007', '\u001B', '\u007F', '\u009F', '\uFFFE', '\uFFFF', '\u00E9', '\uFEFF'};

    @Test
    void theRealPlansReadAsBefore() throws IOException {
        List<Path> plans;
        try (Stream<Path> s = Files.list(Path.of("plans"))) {
            plans = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(plans).hasSize(44);
        for (Path p : plans) assertSame(Files.readString(p), p.toString());
    }

    @Test
    void seededTextsReadAsBefore() {
        Random random = new Random(SEED);
        List<String> texts = new ArrayList<>(List.of("", "\n", "a", "a\n", "\n\n", "\uFEFF", "\uFEFFa\nb", "\uD83D", "a\uDE00\n"));
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            texts.add(b.toString());
        }
        for (String t : texts) assertSame(t, escaped(t));
    }

    private static void assertSame(String text, String what) {
        SourceText st = new SourceText(text);
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] starts = oldLineStarts(t);
        assertThat(st.lines()).as("lines of %s", what).isEqualTo(starts.length);
        int length = t.codePointCount(0, t.length());
        int end = t.endsWith("\n") ? length - 1 : length;
        for (int cp = 0; cp <= length; cp++) {
            int at = Math.max(0, Math.min(cp, end));   // past the end is shown at the end
            int line = java.util.Arrays.binarySearch(starts, at);
            line = Math.max(0, line >= 0 ? line : -line - 2);
            YamlNode.Position expected = new YamlNode.Position(line + 1, at - starts[line] + 1);
            assertThat(st.position(cp)).as("position %d of %s", cp, what).isEqualTo(expected);
            // from any line the reader last asked about: behind, on it, just before, far before, past the end
            for (int near : new int[] {line + 1, line, line + 2, 1, Math.max(1, line - 7), line - 20, starts.length + 3, -1}) {
                YamlNode.Position p = st.position(cp, near);
                if (!p.equals(expected)) assertThat(p).as("position %d of %s from line %d", cp, what, near).isEqualTo(expected);
            }
        }
        for (int line = 0; line < starts.length; line++) {
            int stop = line + 1 < starts.length ? starts[line + 1] - 1 : end;
            assertThat(st.lineLength(line)).as("length of line %d of %s", line, what).isEqualTo(stop - starts[line]);
        }
        boolean clash = false;
        boolean any = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\uFDD0' && c <= '\uFDD2') clash = true;
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') any = true;
        }
        assertThat(st.yaml().equals(t)).as("substituted %s", what).isEqualTo(!(any && !clash));
        assertThat(st.forbidden(1000)).as("forbidden in %s", what).isEqualTo(oldForbidden(st.yaml()));
    }

    /** The line starts as computed before issue 12. */
    private static int[] oldLineStarts(String t) {
        int lines = 1;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) == '\n') lines++;
        if (!t.isEmpty() && t.charAt(t.length() - 1) == '\n') lines--;
        int[] starts = new int[Math.max(lines, 1)];
        int line = 1;
        int cp = 0;
        for (int i = 0; i < t.length() && line < starts.length; cp++) {
            char c = t.charAt(i);
            i += Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1)) ? 2 : 1;
            if (c == '\n') starts[line++] = cp + 1;
        }
        return starts;
    }

    /** Every forbidden code point's index, by decoding each one (what forbidden() answers when it looks). */
    private static int[] oldForbidden(String yaml) {
        List<Integer> found = new ArrayList<>();
        int cp = 0;
        for (int i = 0; i < yaml.length(); cp++) {
            int c = yaml.codePointAt(i);
            i += Character.charCount(c);
            if (SourceText.isForbidden(c)) found.add(cp);
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String escaped(String t) {
        StringBuilder b = new StringBuilder();
        for (char c : t.toCharArray()) b.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        return b.toString();
    }
}
