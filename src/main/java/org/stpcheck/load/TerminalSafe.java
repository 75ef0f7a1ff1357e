package org.stpcheck.load;

/**
 * The one escaping of text taken from a plan file (its values, keys and file name) before it
 * reaches a reader who may be looking at a terminal: the text, Markdown and HTML reports and every
 * diagnostic on standard error. A control character or escape sequence must never act on the
 * terminal, and a line break must not split a message, so each is shown as an escape:
 * {@code \e} for ESC (so {@code \e[31m}), {@code \n}, {@code \r}, {@code \t}, {@code \xHH} for
 * the other C0 and C1 controls and DEL, and <code>&#92;uHHHH</code> for the Unicode line and paragraph
 * separators, the bidirectional controls that can make text read as something it is not, and the
 * zero-width no-break space, and the noncharacters U+FFFE and U+FFFF. Everything else, backslashes
 * included, is left as written. The loader's messages ({@link Quote}) escape with this same method,
 * so text already escaped there passes through unchanged.
 */
public final class TerminalSafe {
    private TerminalSafe() {}

    public static String escape(String text) {
        if (text == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String e = c >= 0x20 && c < 0x7F ? null : escapeOf(c);   // printable ASCII, most of any text, asked about no further
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
                || c == 0x200E || c == 0x200F || c == 0x061C || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }
}
