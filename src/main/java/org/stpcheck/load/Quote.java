package org.stpcheck.load;

/**
 * How a message shows text taken from a plan file: on one line, with control and line-break
 * characters escaped (a terminal must never receive them raw, and one message is one line), and cut
 * short when long (a 100,000-character key is named, not echoed).
 */
final class Quote {
    /** Code points of a long text that are shown before it is cut. */
    static final int SHOWN = 40;

    private Quote() {}

    /** {@code "text"}, or {@code "first 40 characters…" (100000 characters)} when longer. */
    static String quoted(String text) {
        return "\"" + TerminalSafe.escape(cut(text)) + "\"" + lengthNote(text);
    }

    /** The text unquoted (for numbers and keys in paths), escaped and cut like {@link #quoted}. */
    static String shown(String text) {
        return TerminalSafe.escape(cut(text)) + lengthNote(text);
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= SHOWN) return text;
        return text.substring(0, text.offsetByCodePoints(0, SHOWN)) + "…";
    }

    private static String lengthNote(String text) {
        int n = text.codePointCount(0, text.length());
        return n <= SHOWN ? "" : " (" + n + " characters)";
    }
}
