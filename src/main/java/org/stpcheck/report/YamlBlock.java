package org.stpcheck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A suggested snippet laid out to paste from a narrow terminal: indented by {@code indent}, and a
 * line wider than the width has its trailing comment ("# one of: ...") moved onto comment lines of
 * its own just above it, wrapped at spaces. The YAML means the same: comments are not content.
 * A placeholder still too long ({@code <what to write>}) continues on lines indented under its key,
 * which YAML reads as the same plain scalar (a line break folds to a space). Nothing else is
 * changed, so what is pasted means what {@code Snippets} wrote.
 */
final class YamlBlock {
    private YamlBlock() {}

    static List<String> lines(String yaml, int indent, int width) {
        String pad = " ".repeat(indent);
        List<String> out = new ArrayList<>();
        for (String line : yaml.strip().split("\n")) {
            String full = pad + line;
            int hash = commentAt(line);
            if (full.length() <= width) {
                out.add(full);
                continue;
            }
            if (hash < 0) {
                fold(full, width, out);
                continue;
            }
            String code = line.substring(0, hash).stripTrailing();
            // a comment line may sit at any indentation; at the key's own it reads as the key's
            String lead = pad + " ".repeat(code.length() - code.stripLeading().length());
            String comment = line.substring(hash + 1).strip();
            StringBuilder b = new StringBuilder(lead + "#");
            for (String word : comment.split(" ")) {
                if (b.length() + 1 + word.length() > width && b.length() > lead.length() + 1) {
                    out.add(b.toString());
                    b = new StringBuilder(lead + "#");
                }
                b.append(' ').append(word);
            }
            out.add(b.toString());
            fold(pad + code, width, out);
        }
        return out;
    }

    /** A {@code key: <placeholder>} or {@code - <placeholder>} line too wide: the placeholder's words continue on deeper lines. */
    private static void fold(String line, int width, List<String> out) {
        int lead = line.length() - line.stripLeading().length();
        String body = line.substring(lead);
        boolean item = body.startsWith("- ");
        int colon = body.indexOf(": ");
        int value = colon > 0 ? colon + 2 : item ? 2 : -1;
        if (value < 2 || value >= body.length() || body.charAt(value) != '<') {
            out.add(line);
            return;
        }
        // deeper than the key the scalar belongs to (for "- key:" the key sits two past the dash)
        String indent = " ".repeat(lead + (item && colon > 0 ? 4 : 2));
        StringBuilder b = new StringBuilder(line.substring(0, lead + value));
        boolean first = true;
        for (String word : body.substring(value).split(" ")) {
            if (!first && b.length() + 1 + word.length() > width && !b.toString().isBlank()) {
                out.add(b.toString());
                b = new StringBuilder(indent).append(word);
            } else {
                if (!first) b.append(' ');
                b.append(word);
            }
            first = false;
        }
        out.add(b.toString());
    }

    /**
     * Where a line's trailing comment starts ({@code " #"} after its value), or -1. Only a value that
     * starts with a quote is quoted: an apostrophe inside a placeholder ({@code <the CCG's name>}) is text.
     */
    private static int commentAt(String line) {
        String body = line.stripLeading();
        if (body.startsWith("#")) return -1;
        int lead = line.length() - body.length();
        int colon = body.indexOf(": ");
        int v = lead + (colon >= 0 ? colon + 2 : body.startsWith("- ") ? 2 : 0);
        int from = v;
        if (v < line.length() && (line.charAt(v) == '"' || line.charAt(v) == '\'')) {
            int close = line.indexOf(line.charAt(v), v + 1);
            from = close < 0 ? line.length() : close;
        }
        int hash = line.indexOf(" #", Math.max(from - 1, 0));
        return hash < 0 ? -1 : hash + 1;
    }
}
