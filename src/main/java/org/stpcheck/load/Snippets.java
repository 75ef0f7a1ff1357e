package org.stpcheck.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stpcheck.load.Shape.Field;
import org.stpcheck.load.Shape.ListOf;
import org.stpcheck.load.Shape.Obj;
import org.stpcheck.load.Shape.Scalar;
import org.stpcheck.load.Shape.Type;
import org.stpcheck.load.YamlOut.Entry;
import org.stpcheck.load.YamlOut.Mapping;
import org.stpcheck.load.YamlOut.Node;
import org.stpcheck.load.YamlOut.Sequence;

/**
 * Writes the YAML that adds missing keys to a plan, from {@link PlanFormat} and the keys' paths
 * alone, never from anything a rule says: the mappings from the nearest key the plan has down to
 * each missing one, every new mapping or list item with its required keys ({@code id},
 * {@code code}, {@code type}...), and the missing key itself, in full when it is a mapping. Given
 * the keys a requirement reads, a mapping the snippet creates also gets those of its keys the
 * requirement reads, so that one paste answers the requirement rather than its first finding.
 */
public final class Snippets {
    private Snippets() {}

    private static final Pattern SEGMENT = Pattern.compile("([a-z0-9_]+)|\\[([0-9]*)\\]");

    /** The YAML that adds {@code missing} under {@code existing}, the nearest node of the plan at or above it. */
    public static Optional<Suggestion> forMissing(String missing, String existing) {
        return forMissing(List.of(missing), existing, List.of());
    }

    /**
     * One snippet that adds every path of {@code missing} under {@code existing} (each at or below
     * it), with the keys of {@code reads} (patterns, as requirements declare them) that fall in the
     * mappings it creates; empty when no path is a key of the format below {@code existing}.
     */
    public static Optional<Suggestion> forMissing(Collection<String> missing, String existing, Collection<String> reads) {
        String base = existing == null ? "" : existing;
        Optional<Shape> at = shapeAt(base);
        if (at.isEmpty()) return Optional.empty();
        String norm = FormatDocs.normalize(base);
        List<String> wanted = new ArrayList<>();
        for (String m : missing) {
            if (m == null || m.equals(base) || !(base.isEmpty() || m.startsWith(base + ".") || m.startsWith(base + "["))) continue;
            String n = FormatDocs.normalize(m);
            if (shapeAt(n).isEmpty()) continue;
            // a missing position in an existing list ([2]) stands for a new item of it
            wanted.add(n.endsWith("[]") ? n.substring(0, n.length() - 2) + "[]" : n);
        }
        if (wanted.isEmpty()) return Optional.empty();
        Shape shape = at.get();
        if (shape instanceof ListOf list) {
            Node item = list.item() instanceof Obj o ? fresh(o, norm + "[]", wanted, reads) : value((Scalar) list.item(), norm);
            return Optional.of(new Suggestion(base, YamlOut.write(new Sequence(List.of(item)))));
        }
        if (!(shape instanceof Obj obj)) return Optional.empty();
        List<Entry> entries = new ArrayList<>();
        for (Field f : obj.fields()) {
            String child = norm.isEmpty() ? f.key() : norm + "." + f.key();
            if (wanted.stream().anyMatch(w -> w.equals(child) || below(w, child))) {
                entries.add(new Entry(f.key(), build(f.shape(), child, wanted, reads), valuesComment(f, child), false));
            }
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(new Suggestion(base, YamlOut.write(new Mapping(entries), false)));
    }

    /** A new node at {@code path}: all of it when it is wanted itself, else what leads to the wanted keys below it. */
    private static Node build(Shape s, String path, List<String> wanted, Collection<String> reads) {
        if (wanted.contains(path) || wanted.contains(path + "[]")) {
            // a new list item gets its required keys and those the requirement reads
            if (s instanceof ListOf l && l.item() instanceof Obj o) return new Sequence(List.of(fresh(o, path + "[]", List.of(), reads)));
            return whole(s, path);
        }
        if (s instanceof Obj o) return fresh(o, path, wanted, reads);
        if (s instanceof ListOf l && l.item() instanceof Obj o) return new Sequence(List.of(fresh(o, path + "[]", wanted, reads)));
        return whole(s, path);
    }

    /**
     * A mapping the snippet creates: its required keys, the keys leading to a wanted one, and the
     * keys the requirement reads, in the format's order.
     */
    private static Mapping fresh(Obj o, String path, List<String> wanted, Collection<String> reads) {
        List<Entry> entries = new ArrayList<>();
        for (Field f : o.fields()) {
            String child = path.isEmpty() ? f.key() : path + "." + f.key();
            if (leadsTo(wanted, child)) {
                entries.add(new Entry(f.key(), build(f.shape(), child, wanted, reads), valuesComment(f, child), false));
            } else if (f.required()) {
                entries.add(entry(f, path));
            } else {
                // the reads are asked about only here: most keys of a new mapping are settled above
                boolean itself = false;
                boolean below = false;
                for (String p : reads) {
                    if (FormatDocs.matches(p, child)) itself = true;
                    else if (!below) below = belowPattern(p, child);
                }
                if (itself || below) {
                    entries.add(new Entry(f.key(), build(f.shape(), child, itself ? List.of(child) : List.of(), reads), valuesComment(f, child), false));
                }
            }
        }
        return new Mapping(entries);
    }

    /** Whether a wanted path is {@code child}, a new item of it, or lies below it. */
    private static boolean leadsTo(List<String> wanted, String child) {
        for (String w : wanted) {
            if (w.equals(child) || below(w, child)) return true;   // below: "child[]" and anything under it
        }
        return false;
    }

    /** Whether {@code path} lies below {@code at} ({@code a.b.c} below {@code a.b}, {@code a[].c} below {@code a}). */
    private static boolean below(String path, String at) {
        return path.length() > at.length() && path.startsWith(at) && (path.charAt(at.length()) == '.' || path.startsWith("[]", at.length()));
    }

    /** Whether a pattern ({@code gaps.*.baseline}) names something below {@code at}. */
    private static boolean belowPattern(String pattern, String at) {
        if (pattern.indexOf('*') < 0) {
            // most patterns name one key: a prefix ending before a dot is at itself, or at's list items
            return pattern.length() > at.length() && pattern.startsWith(at)
                    && ((pattern.charAt(at.length()) == '.' && !at.isEmpty()) || pattern.startsWith("[].", at.length()));
        }
        // each prefix ending before a dot, longest first
        for (int dot = pattern.lastIndexOf('.'); dot > 0; dot = pattern.lastIndexOf('.', dot - 1)) {
            String prefix = pattern.substring(0, dot);
            String bare = prefix.endsWith("[]") ? prefix.substring(0, prefix.length() - 2) : prefix;
            if (FormatDocs.matches(prefix, at) || FormatDocs.matches(bare, at)) return true;
        }
        return false;
    }

    /** The shape at a path of a plan (list positions allowed), if the format has one. */
    static Optional<Shape> shapeAt(String path) {
        if (path.isEmpty()) return Optional.of(PlanFormat.ROOT);
        Shape s = PlanFormat.ROOT;
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            if (m.group(1) == null) {
                if (!(s instanceof ListOf l)) return Optional.empty();
                s = l.item();
            } else {
                if (!(s instanceof Obj o) || o.field(m.group(1)) == null) return Optional.empty();
                s = o.field(m.group(1)).shape();
            }
        }
        return Optional.of(s);
    }

    /** Everything a new key holds: a placeholder, one list item, or a mapping with all its keys. */
    static Node whole(Shape s, String path) {
        if (s instanceof Scalar sc) return value(sc, path);
        if (s instanceof ListOf l) {
            if (l.item() instanceof Obj o) return new Sequence(List.of(requiredOnly(o, path + "[]")));
            return new Sequence(List.of(value((Scalar) l.item(), path)));
        }
        Obj o = (Obj) s;
        List<Entry> entries = new ArrayList<>();
        for (Field f : o.fields()) {
            String child = path.isEmpty() ? f.key() : path + "." + f.key();
            entries.add(new Entry(f.key(), whole(f.shape(), child), valuesComment(f, child), false));
        }
        return new Mapping(entries);
    }

    /** A new list item: its required keys only, the least an author must write. */
    static Mapping requiredOnly(Obj o, String path) {
        List<Entry> entries = new ArrayList<>();
        for (Field f : o.fields()) if (f.required()) entries.add(entry(f, path));
        return new Mapping(entries);
    }

    /** A required key of a new mapping: its placeholder, or for a mapping its own required keys. */
    private static Entry entry(Field f, String parent) {
        String path = parent.isEmpty() ? f.key() : parent + "." + f.key();
        Node v = f.shape() instanceof Obj o ? requiredOnly(o, path) : whole(f.shape(), path);
        return new Entry(f.key(), v, valuesComment(f, path), false);
    }

    private static Node value(Scalar s, String path) {
        if (s.type() == Type.CONST_ONE) return YamlOut.raw("1");
        // every path here is built from the format's shapes, list items written [], so normalised already
        String placeholder = FormatDocs.placeholder(path);
        return YamlOut.placeholder(placeholder != null ? placeholder : "<" + path + ">");
    }

    /** "one of: a, b, c" for an enum, or a list of enum values. */
    static String valuesComment(Field f, String path) {
        Scalar s = FormatKey.scalar(f.shape());
        if (s == null || s.type() != Type.ENUM) return null;
        return "one of: " + String.join(", ", s.values());
    }
}
