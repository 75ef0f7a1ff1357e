package org.stpcheck;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded mutations of a plan file's bytes, of the kinds a hostile tester (or a careless editor)
 * produces: flipped, deleted, duplicated and inserted bytes; control characters, YAML punctuation,
 * line-break characters and quotes; huge numbers, implausible dates, deep nesting, long values,
 * truncation and other encodings. Same seed, same mutant.
 */
public final class Mutator {
    /** A mutated file and what was done to it, for the failure message. */
    public record Mutant(byte[] bytes, String how) {}

    private static final String PUNCTUATION = "[]{}:,-?&*!|>'\"#%@`\\";
    private static final String[] BREAKS = {"\r", "\r\n", "\n", "\u2028", "\u2029", "\u0085", "\n\n\n"};
    private static final String[] NUMBERS = {"3000000000", "-3000000000", "99999999999999999999", "9".repeat(400),
            "1" + "0".repeat(400) + ".5", "0." + "0".repeat(320) + "1", "-0", "1e400", ".inf", "0x7fffffff", "2147483648", "-2147483649"};
    private static final String[] DATES = {"0017-10-01", "2017-02-30", "9999-12-31", "1899-12-31", "2021-04-01", "2015-12-21", "2017-13-01"};
    private static final String[] NESTS = {"[", "{", "- ", "{a: ", "[a, "};
    private static final int KINDS = 19;

    private final Random rnd;

    public Mutator(long seed) { rnd = new Random(seed); }

    public Mutant mutate(byte[] source) {
        byte[] b = source;
        StringBuilder how = new StringBuilder();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(KINDS);
            int at = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
            how.append(how.length() == 0 ? "" : "; ").append(name(kind)).append(" at byte ").append(at);
            b = apply(kind, b, at);
        }
        return new Mutant(b, how.toString());
    }

    private byte[] apply(int kind, byte[] b, int at) {
        return switch (kind) {
            case 0 -> flip(b, at);
            case 1 -> delete(b, at, 1 + rnd.nextInt(50));
            case 2 -> insert(b, at, Arrays.copyOfRange(b, Math.min(at, b.length), Math.min(b.length, at + 1 + rnd.nextInt(200))));
            case 3 -> insert(b, at, utf8(Character.toString(rnd.nextBoolean() ? rnd.nextInt(0x20) : 0x7F + rnd.nextInt(0x21))));
            case 4 -> insert(b, at, utf8(String.valueOf(PUNCTUATION.charAt(rnd.nextInt(PUNCTUATION.length())))));
            case 5 -> replaceToken(b, "(?<![0-9.])[0-9]++(\\.[0-9]++)?", NUMBERS[rnd.nextInt(NUMBERS.length)]);
            case 6 -> replaceToken(b, "[0-9]{4}-[0-9]{2}-[0-9]{2}", DATES[rnd.nextInt(DATES.length)]);
            case 7 -> insert(b, at, utf8(NESTS[rnd.nextInt(NESTS.length)].repeat(1 + rnd.nextInt(rnd.nextBoolean() ? 60 : 5000))));
            case 8 -> Arrays.copyOf(b, Math.min(at, b.length));
            case 9 -> insert(b, at, utf8(BREAKS[rnd.nextInt(BREAKS.length)]));
            case 10 -> insert(b, at, utf8(rnd.nextBoolean() ? "\"" : "'"));
            case 11 -> insert(b, at, utf8(rnd.nextBoolean() ? "\t" : " ".repeat(1 + rnd.nextInt(8))));
            case 12 -> insert(b, at, new byte[] {(byte) (0x80 + rnd.nextInt(0x80))});
            case 13 -> duplicateLine(b, at);
            case 14 -> insert(b, at, utf8("x".repeat(rnd.nextBoolean() ? 1100 : 20_000)));
            case 15 -> rnd.nextBoolean() ? insert(b, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
                    : new String(b, StandardCharsets.UTF_8).getBytes(rnd.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16);
            case 16 -> insert(b, at, utf8(rnd.nextBoolean() ? "\u0000" : "\uD83D\uDE00"));
            case 17 -> replaceToken(b, "(?<![a-z_])[a-z_]++(?=:)", "k".repeat(1 + rnd.nextInt(2000)));
            default -> insert(b, at, utf8(rnd.nextBoolean() ? "&a " : rnd.nextBoolean() ? "*a" : "!!str "));
        };
    }

    private static String name(int kind) {
        return new String[] {"flip", "delete", "duplicate", "control character", "punctuation", "huge number", "implausible date",
                "deep nesting", "truncate", "line break", "quote", "tab or spaces", "stray byte", "duplicate line", "long value",
                "encoding", "NUL or emoji", "long key", "anchor, alias or tag"}[kind];
    }

    private byte[] flip(byte[] b, int at) {
        if (b.length == 0) return b;
        byte[] c = b.clone();
        c[Math.min(at, b.length - 1)] = (byte) rnd.nextInt(256);
        return c;
    }

    private static byte[] delete(byte[] b, int at, int len) {
        int from = Math.min(at, b.length);
        int to = Math.min(b.length, from + len);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, from);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        int p = Math.min(at, b.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
        out.write(b, 0, p);
        out.write(what, 0, what.length);
        out.write(b, p, b.length - p);
        return out.toByteArray();
    }

    /** Replaces one occurrence (chosen at random) of a pattern in the text; patterns start at a word and never backtrack. */
    private byte[] replaceToken(byte[] b, String regex, String with) {
        String text = new String(b, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        int count = 0;
        while (m.find()) count++;
        if (count == 0) return b;
        int pick = rnd.nextInt(count);
        m.reset();
        for (int i = 0; i <= pick; i++) m.find();
        return utf8(text.substring(0, m.start()) + with + text.substring(m.end()));
    }

    private byte[] duplicateLine(byte[] b, int at) {
        int start = at;
        while (start > 0 && b[start - 1] != '\n') start--;
        int end = Math.min(at, b.length);
        while (end < b.length && b[end] != '\n') end++;
        if (end < b.length) end++;
        return insert(b, end, Arrays.copyOfRange(b, start, end));
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
