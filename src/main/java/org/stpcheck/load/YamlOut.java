package org.stpcheck.load;

import java.util.ArrayList;
import java.util.List;

/**
 * YAML that stpcheck writes for people (snippets to paste, starting plans, excerpts of fixtures):
 * block style with two-space indentation, short lists and small list items on one line, trailing
 * comments, and parts written as comments ("commented out") that an author uncomments to use. Only
 * what plan format 1 needs: mappings, lists and scalars, never a list inside a list.
 */
public final class YamlOut {
    private YamlOut() {}

    private static final int WIDTH = 100;

    /** A node of the document to write. */
    public sealed interface Node permits Text, Mapping, Sequence {}

    /**
     * A scalar as it is written: {@code block} in block context, {@code flow} inside {@code [...]}
     * or {@code {...}}, or null when it cannot stand there (then its container is written in block style).
     */
    public record Text(String block, String flow) implements Node {}

    /** A key and its value. A null key is a comment line. {@code commentedOut} writes the entry as comments. */
    public record Entry(String key, Node value, String comment, boolean commentedOut) {}

    public record Mapping(List<Entry> entries) implements Node {
        public Mapping { entries = List.copyOf(entries); }
    }

    public record Sequence(List<Node> items) implements Node {
        public Sequence { items = List.copyOf(items); }
    }

    /** A value written exactly as given: a number, a boolean, a date, or an already quoted string. */
    public static Text raw(String yaml) {
        boolean flowSafe = yaml.startsWith("\"") || !yaml.matches(".*[,\\[\\]{}].*");
        return new Text(yaml, flowSafe ? yaml : null);
    }

    /** A placeholder such as {@code <name of the STP lead>}: block context only. */
    public static Text placeholder(String text) { return new Text(text, null); }

    /** A scalar read from a plan, written so that it reads back the same. */
    static Text of(YamlNode.Scalar s) { return new Text(blockScalar(s), flowScalar(s)); }

    static String blockScalar(YamlNode.Scalar s) {
        return s.plain() && !s.text().contains("\n") ? s.text() : quote(s.text());
    }

    static String flowScalar(YamlNode.Scalar s) {
        return s.plain() && !s.text().matches("(?s).*[,\\[\\]{}\\n].*") ? s.text() : quote(s.text());
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** The document as text, ending in a newline. {@code compact} puts small list items on one line. */
    public static String write(Mapping root, boolean compact) {
        List<String> lines = new ArrayList<>();
        mapping(root, 0, compact, lines);
        return String.join("\n", lines) + "\n";
    }

    /** List items as text (a snippet that adds items to an existing list), ending in a newline. */
    public static String write(Sequence items) {
        List<String> lines = new ArrayList<>();
        sequence(items, 0, false, lines);
        return String.join("\n", lines) + "\n";
    }

    private static void mapping(Mapping m, int indent, boolean compact, List<String> out) {
        String pad = " ".repeat(indent);
        for (Entry e : m.entries()) {
            if (e.key() == null) {
                out.add(pad + "# " + e.comment());
                continue;
            }
            List<String> lines = new ArrayList<>();
            entry(e, indent, compact, lines);
            if (e.commentedOut()) lines.replaceAll(l -> commentOut(l, indent));
            out.addAll(lines);
        }
    }

    private static void entry(Entry e, int indent, boolean compact, List<String> out) {
        String pad = " ".repeat(indent);
        String comment = e.comment() == null ? "" : "  # " + e.comment();
        Node v = e.value();
        if (v instanceof Text t) {
            out.add(pad + e.key() + ": " + t.block() + comment);
        } else if (v instanceof Sequence s) {
            String flow = flow(s);
            if (s.items().isEmpty() || (flow != null && indent + e.key().length() + flow.length() + 2 <= WIDTH)) {
                out.add(pad + e.key() + ": " + (s.items().isEmpty() ? "[]" : flow) + comment);
            } else {
                out.add(pad + e.key() + ":" + comment);
                sequence(s, indent + 2, compact, out);
            }
        } else {
            Mapping m = (Mapping) v;
            out.add(pad + e.key() + ":" + comment);
            mapping(m, indent + 2, compact, out);
        }
    }

    private static void sequence(Sequence s, int indent, boolean compact, List<String> out) {
        String pad = " ".repeat(indent);
        for (Node item : s.items()) {
            if (item instanceof Text t) {
                out.add(pad + "- " + t.block());
            } else if (item instanceof Mapping m) {
                String flow = compact ? flow(m) : null;
                if (flow != null && indent + flow.length() + 2 <= WIDTH) {
                    out.add(pad + "- " + flow);
                    continue;
                }
                List<String> lines = new ArrayList<>();
                mapping(m, indent + 2, compact, lines);
                if (!lines.isEmpty()) lines.set(0, pad + "- " + lines.get(0).substring(indent + 2));
                out.addAll(lines);
            } else {
                throw new IllegalArgumentException("plan format 1 has no list inside a list");
            }
        }
    }

    /** {@code [a, b]} when every item can stand in flow style; null otherwise. */
    private static String flow(Sequence s) {
        List<String> items = new ArrayList<>();
        for (Node n : s.items()) {
            if (!(n instanceof Text t) || t.flow() == null) return null;
            items.add(t.flow());
        }
        return "[" + String.join(", ", items) + "]";
    }

    /** {@code {k: v, ...}} for a small mapping of scalars and short lists, with no comments; null otherwise. */
    private static String flow(Mapping m) {
        List<String> parts = new ArrayList<>();
        for (Entry e : m.entries()) {
            if (e.key() == null || e.comment() != null || e.commentedOut()) return null;
            String v;
            if (e.value() instanceof Text t) v = t.flow();
            else if (e.value() instanceof Sequence s) v = s.items().isEmpty() ? "[]" : flow(s);
            else return null;
            if (v == null) return null;
            parts.add(e.key() + ": " + v);
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** {@code "    key: v"} → {@code "    # key: v"}: removing the two characters gives the line back. */
    private static String commentOut(String line, int indent) {
        return line.substring(0, indent) + "# " + line.substring(indent);
    }
}
