package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

import org.stpcheck.engine.Outcome;
import org.stpcheck.load.TerminalSafe;

/**
 * Writes the text report's lines wrapped to a width: at spaces, continuation lines indented under
 * the text they continue; a word longer than the line (a long file name) is cut, so no line is wider
 * than the width. Colour, when on, is ANSI SGR around outcome labels only; it takes no columns.
 * Plan text reaches this class already {@linkplain TerminalSafe escaped}, so every escape
 * character in a line is one of ours.
 */
final class Lines {
    private static final Pattern SGR = Pattern.compile("\u001B\\[[0-9;]*m");

    private final Writer out;
    private final int width;
    private final boolean colour;

    Lines(Writer out, int width, boolean colour) {
        this.out = out;
        this.width = width;
        this.colour = colour;
    }

    Lines(Writer out, Renderer.Options options) {
        this(out, options.width(), options.colour());
    }

    int width() { return width; }

    void blank() throws IOException { out.write("\n"); }

    /** {@code text} indented by {@code indent}, its continuation lines by {@code indent + hang}. */
    void line(int indent, int hang, String text) throws IOException {
        String first = " ".repeat(indent);
        String rest = " ".repeat(Math.min(indent + hang, width / 2));
        String prefix = first;
        String remaining = text;
        while (true) {
            int room = width - prefix.length();
            if (visible(remaining) <= room) {
                out.write((prefix + remaining).stripTrailing() + "\n");
                return;
            }
            int cut = breakAt(remaining, room);
            out.write((prefix + remaining.substring(0, cut)).stripTrailing() + "\n");
            remaining = remaining.substring(cut).stripLeading();
            if (remaining.isEmpty()) return;
            prefix = rest;
        }
    }

    /** {@code text} indented, continuation lines under its first character. */
    void line(int indent, String text) throws IOException { line(indent, 2, text); }

    /** A line that must not be re-flowed (YAML to paste, a table row): written as it is; the caller has fitted it to the width. */
    void verbatim(String text) throws IOException {
        out.write(text + "\n");
    }

    /** Where to cut {@code s} so that its first part fits {@code room} visible columns. */
    private static int breakAt(String s, int room) {
        int seen = 0;
        int lastSpace = -1;
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '\u001B') {
                var m = SGR.matcher(s).region(i, s.length());
                if (m.lookingAt()) {
                    i = m.end();
                    continue;
                }
            }
            if (seen == room) break;
            if (s.charAt(i) == ' ') lastSpace = i;
            seen++;
            i++;
        }
        return lastSpace > 0 ? lastSpace : Math.max(1, i);
    }

    static int visible(String s) {
        return s.indexOf('\u001B') < 0 ? s.length() : SGR.matcher(s).replaceAll("").length();
    }

    /** An outcome's label, coloured when colour is on: red fail and internal error, yellow unmet, magenta flag, green pass. */
    String label(Outcome o) {
        return paint(o, Text.outcomeLabel(o));
    }

    String paint(Outcome o, String text) {
        if (!colour) return text;
        String code = switch (o) {
            case INTERNAL_ERROR, FAIL -> "1;31";
            case UNMET -> "1;33";
            case FLAG -> "1;35";
            case PASS -> "32";
            default -> "2";
        };
        return "\u001B[" + code + "m" + text + "\u001B[0m";
    }
}
