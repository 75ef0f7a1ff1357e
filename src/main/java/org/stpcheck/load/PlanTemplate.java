package org.stpcheck.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.stpcheck.load.Shape.Field;
import org.stpcheck.load.Shape.ListOf;
import org.stpcheck.load.Shape.Obj;
import org.stpcheck.load.Shape.Scalar;
import org.stpcheck.load.YamlOut.Entry;
import org.stpcheck.load.YamlOut.Mapping;
import org.stpcheck.load.YamlOut.Node;
import org.stpcheck.load.YamlOut.Sequence;
import org.stpcheck.load.YamlOut.Text;

/**
 * A starting plan ({@code stpcheck init}): every key of the format, in file order. A fact that is
 * known (from a plan of {@code plans/}) is written as it is; every other key is written as a
 * comment with a placeholder, because a placeholder is not a fact: left as a value it would load
 * as one (or not load at all). So the file loads, and what it does not know shows as unmet. Each
 * key's comment names the requirements that read it and, for an enum, the allowed values.
 */
public final class PlanTemplate {
    private PlanTemplate() {}

    /**
     * @param known     the text of a plan whose facts to keep, or null for none
     * @param readers   key path (with {@code []}) → the requirements that read it
     * @param asOf      {@code plan.as_of} when {@code known} gives none
     * @param header    comment lines for the top of the file (without {@code #})
     */
    public static String write(String known, Map<String, List<String>> readers, LocalDate asOf, List<String> header) {
        YamlNode.Mapping facts = null;
        if (known != null) {
            LoadErrors errors = new LoadErrors();
            YamlNode root = new YamlReader(errors).read(new SourceText(known));
            if (!(root instanceof YamlNode.Mapping m) || !errors.isEmpty()) throw new IllegalArgumentException("the plan to start from does not read: " + errors.list());
            facts = m;
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : header) entries.add(new Entry(null, null, line, false));
        Mapping body = mapping(PlanFormat.ROOT, "", facts, false, readers, asOf);
        entries.addAll(body.entries());
        return YamlOut.write(new Mapping(entries), false);
    }

    /**
     * The keys of {@code shape}: known ones as written, the others commented out. Inside a part
     * that is already commented out ({@code inComment}) nothing is commented again, so removing one
     * "# " per line brings the part back.
     */
    private static Mapping mapping(Obj shape, String path, YamlNode.Mapping facts, boolean inComment,
                                   Map<String, List<String>> readers, LocalDate asOf) {
        List<Entry> entries = new ArrayList<>();
        for (Field f : shape.fields()) {
            String child = path.isEmpty() ? f.key() : path + "." + f.key();
            YamlNode.Entry fact = facts == null ? null : facts.entries().get(f.key());
            String comment = comment(f, child, readers);
            if (fact != null) {
                entries.add(new Entry(f.key(), known(f.shape(), child, fact.value(), readers, asOf), comment, false));
                continue;
            }
            Text required = inComment ? null : requiredValue(child, asOf);
            if (required != null) {
                if (child.equals("plan.as_of")) {
                    comment = "the first date every requirement applies: change it to the date the plan speaks as of; " + comment;
                }
                entries.add(new Entry(f.key(), required, comment, false));
            } else if (f.required() && !inComment && f.shape() instanceof Obj o) {
                // a required section with nothing known still needs its required keys as values
                entries.add(new Entry(f.key(), mapping(o, child, null, false, readers, asOf), comment, false));
            } else {
                entries.add(new Entry(f.key(), unknown(f.shape(), child, readers), comment, !inComment));
            }
        }
        return new Mapping(entries);
    }

    /** The value a required key gets when nothing is known: the file must load. */
    private static Text requiredValue(String path, LocalDate asOf) {
        return switch (path) {
            case "format_version" -> YamlOut.raw("1");
            case "plan.id" -> YamlOut.raw("draft_plan");
            case "plan.name" -> YamlOut.raw(YamlOut.quote("<the plan's full name>"));
            case "plan.as_of" -> YamlOut.raw(asOf.toString());
            case "footprint.name" -> YamlOut.raw(YamlOut.quote("<the footprint's name>"));
            default -> null;
        };
    }

    /** A known value, written as the plan wrote it; a mapping's unknown keys follow as comments. */
    private static Node known(Shape shape, String path, YamlNode value, Map<String, List<String>> readers, LocalDate asOf) {
        if (value instanceof YamlNode.Scalar s) return YamlOut.of(s);
        if (shape instanceof Obj o && value instanceof YamlNode.Mapping m) return mapping(o, path, m, false, readers, asOf);
        if (shape instanceof ListOf l && value instanceof YamlNode.Sequence seq) {
            List<Node> items = new ArrayList<>();
            for (YamlNode item : seq.items()) items.add(known(l.item(), path + "[]", item, readers, asOf));
            return new Sequence(items);
        }
        throw new IllegalArgumentException(path + ": the plan to start from does not follow the format");
    }

    /** A key nobody knows yet: its placeholder, one item of a list, or a mapping with all its keys. */
    private static Node unknown(Shape shape, String path, Map<String, List<String>> readers) {
        if (shape instanceof Scalar s) return placeholder(s, path);
        if (shape instanceof ListOf l) {
            if (l.item() instanceof Obj o) return new Sequence(List.of(mapping(o, path + "[]", null, true, readers, null)));
            return new Sequence(List.of(placeholder((Scalar) l.item(), path)));
        }
        return mapping((Obj) shape, path, null, true, readers, null);
    }

    private static Text placeholder(Scalar s, String path) {
        if (s.type() == Shape.Type.CONST_ONE) return YamlOut.raw("1");
        return YamlOut.placeholder(FormatDocs.key(path).map(FormatKey::placeholder).orElse("<" + path + ">"));
    }

    /** "read by PG-03, PG-04; one of: a, b" — the requirements a key serves and, for an enum, its values. */
    private static String comment(Field f, String path, Map<String, List<String>> readers) {
        List<String> parts = new ArrayList<>();
        List<String> ids = readers.get(path);
        if (ids != null && !ids.isEmpty()) parts.add("read by " + String.join(", ", ids));
        if (f.required()) parts.add("required");
        String values = Snippets.valuesComment(f, path);
        if (values != null) parts.add(values);
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
