package org.stpcheck.load;

import java.util.Arrays;

/**
 * A plan file's text as SnakeYAML is given it, and the way back from SnakeYAML's positions to the
 * file's own lines and columns.
 *
 * <p>SnakeYAML reads YAML 1.1, where U+0085, U+2028 and U+2029 break lines; in YAML 1.2 (the format's
 * YAML, plan-format 1.1) and for {@code grep -n} and editors they do not. So they are handed to the
 * parser as stand-ins that YAML 1.1 reads as ordinary characters, and put back in every scalar; and
 * positions are counted here from the character index, with only {@code \n} ending a line. Columns
 * count code points; a leading byte order mark is not part of the text.
 */
final class SourceText {
    /** Stand-ins for U+0085, U+2028 and U+2029: Unicode noncharacters, printable to SnakeYAML. */
    private static final char[] BREAKS = {'\u0085', '\u2028', '\u2029'};
    private static final char[] STAND_INS = {'\uFDD0', '\uFDD1', '\uFDD2'};

    private final String yaml;
    private final boolean substituted;
    /** Code-point index at which each line starts. */
    private final int[] lineStarts;
    /** Where the end of the stream is shown: after the last character, or on a final line feed. */
    private final int end;
    /**
     * Whether any char could be forbidden (see {@link #forbidden}): surrogates never are (every
     * supplementary code point is allowed), so a char test settles nearly every file.
     */
    private final boolean mayHoldForbidden;

    SourceText(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // one pass over a copy of the chars: every plan of a run is read here once, and a cold JVM
        // interprets an array read far faster than a String.charAt call (issue 12)
        char[] chars = t.toCharArray();
        int[] starts = new int[Math.max(16, chars.length / 32)];
        int lines = 1;
        int cp = 0;
        // a file that already holds a stand-in keeps YAML 1.1's reading of the three breaks (its
        // line numbers are still right); noncharacters in a plan file are all but unheard of
        boolean clash = false;
        boolean any = false;
        boolean forbid = false;
        for (int i = 0; i < chars.length; cp++) {
            char c = chars[i++];
            if (c >= 0x20 && c < 0x7F) continue;   // nearly every char of a plan
            if (c == '\n') {
                if (i == chars.length) continue;   // a final line feed ends the last line, it starts none
                if (lines == starts.length) starts = Arrays.copyOf(starts, lines * 2);
                starts[lines++] = cp + 1;
            } else if (Character.isHighSurrogate(c) && i < chars.length && Character.isLowSurrogate(chars[i])) {
                i++;   // one code point, and never a forbidden one
            } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                any = true;
            } else if (c >= '\uFDD0' && c <= '\uFDD2') {
                clash = true;
            } else if (isForbidden(c)) {
                forbid = true;
            }
        }
        lineStarts = Arrays.copyOf(starts, lines);
        end = t.endsWith("\n") ? cp - 1 : cp;
        mayHoldForbidden = forbid;
        substituted = any && !clash;
        yaml = substituted ? swap(t, BREAKS, STAND_INS) : t;
    }

    /** The text to parse. */
    String yaml() { return yaml; }

    /** A scalar as the file wrote it: stand-ins turned back into the characters they replaced. */
    String restore(String scalar) {
        if (!substituted) return scalar;
        for (char s : STAND_INS) if (scalar.indexOf(s) >= 0) return swap(scalar, STAND_INS, BREAKS);
        return scalar;
    }

    /** The 1-based line and column of a code-point index of {@link #yaml()}. */
    YamlNode.Position position(int codePointIndex) {
        codePointIndex = Math.max(0, Math.min(codePointIndex, end));
        int i = Arrays.binarySearch(lineStarts, codePointIndex);
        int line = i >= 0 ? i : -i - 2;
        if (line < 0) line = 0;
        return new YamlNode.Position(line + 1, codePointIndex - lineStarts[line] + 1);
    }

    /**
     * As {@link #position(int)}, looking first at line {@code near} (1-based) and the few after it:
     * the reader asks in file order, nearly always about the line it asked about last or the next,
     * so it finds most positions without a search.
     */
    YamlNode.Position position(int codePointIndex, int near) {
        int at = Math.max(0, Math.min(codePointIndex, end));
        int line = Math.max(0, Math.min(near - 1, lineStarts.length - 1));
        if (lineStarts[line] > at) return position(codePointIndex);
        for (int stop = Math.min(lineStarts.length, line + 8); line + 1 < stop && lineStarts[line + 1] <= at; ) line++;
        if (line + 1 < lineStarts.length && lineStarts[line + 1] <= at) return position(codePointIndex);
        return new YamlNode.Position(line + 1, at - lineStarts[line] + 1);
    }

    /** The number of lines, as {@code grep -c ''} counts them (a last line without {@code \n} counts). */
    int lines() { return lineStarts.length; }

    /** The 0-based numbers of the lines longer than {@code max} code points (without the line feed), at most {@code limit}. */
    int[] linesLongerThan(int max, int limit) {
        int[] found = new int[0];
        for (int line = 0; line < lineStarts.length && found.length < limit; line++) {
            if (lineLength(line) > max) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = line;
            }
        }
        return found;
    }

    /** Code points of a 0-based line, without its line feed. */
    int lineLength(int line) {
        int stop = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : end;
        return stop - lineStarts[line];
    }

    /**
     * The code-point index of every character YAML 1.2 does not allow in a stream (c-printable):
     * C0 controls other than tab, line feed and carriage return; DEL; C1 controls other than U+0085;
     * U+FFFE and U+FFFF. At most {@code limit} are returned.
     */
    int[] forbidden(int limit) {
        int[] found = new int[0];
        if (!mayHoldForbidden) return found;
        int cp = 0;
        for (int i = 0; i < yaml.length(); cp++) {
            int c = yaml.codePointAt(i);
            i += Character.charCount(c);
            if (isForbidden(c)) {
                if (found.length == limit) break;
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = cp;
            }
        }
        return found;
    }

    static boolean isForbidden(int c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == 0x85) return false;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
    }

    /** The code point at a code-point index (for naming a forbidden character). */
    int codePointAt(int codePointIndex) {
        return yaml.codePointAt(yaml.offsetByCodePoints(0, codePointIndex));
    }

    private static String swap(String s, char[] from, char[] to) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < from.length; k++) if (a[i] == from[k]) a[i] = to[k];
        }
        return new String(a);
    }
}
