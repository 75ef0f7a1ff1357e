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
        return "\"" + escape(cut(text)) + "\"" + lengthNote(text);
    }

    /** The text unquoted (for numbers and keys in paths), escaped and cut like {@link #quoted}. */
    static String shown(String text) {
        return escape(cut(text)) + lengthNote(text);
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= SHOWN) return text;
        return text.substring(0, text.offsetByCodePoints(0, SHOWN)) + "…";
    }

    private static String lengthNote(String text) {
        int n = text.codePointCount(0, text.length());
        return n <= SHOWN ? "" : " (" + n + " characters)";
    }

    /**
     * Escapes every character that would break a message over lines or act on a terminal: C0 and C1
     * controls, DEL, the Unicode line and paragraph separators, and the bidirectional overrides that
     * can make text read differently from what it is.
     */
    static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String e = escapeOf(c);
            if (e == null) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(text.length() + 16).append(text, 0, i);
            b.append(e);
        }
        return b == null ? text : b.toString();
    }

    private static String escapeOf(char c) {
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case 0x1B: return "\\e";
            default: break;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return String.format("\\x%02X", (int) c);
        if (c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }
}
