package org.stpcheck.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.stpcheck.catalogue.BuiltClass;
import org.stpcheck.load.Shape.Field;
import org.stpcheck.load.Shape.ListOf;
import org.stpcheck.load.Shape.Obj;
import org.stpcheck.load.Shape.Scalar;
import org.stpcheck.load.Shape.Type;

/**
 * Every key of plan format 1, in the order a plan file holds them, with its text: the walk of
 * {@link PlanFormat} joined to the {@link KeyDoc}s of the {@code KeyDocs*} classes. Lookups take
 * paths as findings spell them ({@code reconfigurations[0].tests}) or with {@code []}.
 */
public final class FormatDocs {
    private FormatDocs() {}

    /** The worked example of the format, shipped in the jar: where a key's example value comes from. */
    public static final String WORKED_EXAMPLE = "stpcheck/examples/wessex-vale.yaml";
    /** The smallest plan that loads, shipped beside it. */
    public static final String MINIMAL_EXAMPLE = "stpcheck/examples/minimal.yaml";

    // value meanings that several keys share, written once
    static final Map<String, String> PROVIDER_TYPES = ordered(
            "nhs_trust", "an NHS trust (not a foundation trust)",
            "foundation_trust", "an NHS foundation trust",
            "independent", "an independent (private) provider",
            "gp_federation", "a federation of GP practices",
            "voluntary", "a voluntary, community or social enterprise provider");
    static final Map<String, String> ACTIVITY_METRICS = ordered(
            "ae_attendances", "A&E attendances",
            "emergency_admissions", "emergency admissions",
            "elective", "planned (elective) hospital care",
            "outpatients", "outpatient appointments",
            "beds", "hospital beds",
            "other", "any other measure of activity");
    static final Map<String, String> ASSURANCE_OUTCOMES = ordered(
            "supported", "supported",
            "supported_with_conditions", "supported, with conditions",
            "not_supported", "not supported",
            "pending", "not yet decided");
    static final Map<String, String> ROUTES = ordered(
            "competitive", "a competitive tender",
            "single_tender", "awarded to one provider without competition",
            "extension", "an extension of an existing contract",
            "variation", "a variation of an existing contract",
            "aqp", "any qualified provider: every provider that qualifies may offer the service");

    /** Keys that mean the same wherever they appear: list items' ids and the rows of a series. */
    private static final KeyDoc ID = new KeyDoc("*.id",
            "A short name for this item, unique in the file. Other keys name the item by it.", null, null, null);
    private static final KeyDoc PERIOD = new KeyDoc("*.period",
            "The period of the row: a financial year (\"2017/18\", the position planned for the end of March 2018) or a month (\"2017-09\").",
            null, "\"2017/18\"", null);
    private static final KeyDoc VALUE = new KeyDoc("*.value", "The planned value for the period.", null, null, null);

    private static final class Holder {
        static final List<KeyDoc> DOCS = Stream.of(KeyDocsPlan.KEYS, KeyDocsFinance.KEYS, KeyDocsChange.KEYS,
                KeyDocsPartnerships.KEYS, KeyDocsMarket.KEYS).flatMap(List::stream).toList();
        static final Map<String, KeyDoc> EXACT = exact(DOCS);
        /** The texts written for a pattern ({@code gaps.*.baseline}): few, and asked about for every key of the walk. */
        static final List<KeyDoc> PATTERNS = DOCS.stream().filter(d -> d.key().contains("*")).toList();
        static final Map<String, String> EXAMPLES = ExampleValues.shipped();
        static final List<FormatKey> KEYS = walk();
        static final Map<String, FormatKey> BY_PATH = byPath(KEYS);
    }

    /** The class the build writes with every key's placeholder ({@code load.build.ExampleValuesWriter}). */
    public static final String BUILT_PLACEHOLDERS = "org.stpcheck.load.BuiltPlaceholders";

    /**
     * Every key's placeholder, as the build made them: a snippet that writes a whole new section asks
     * for dozens, and a report for every finding that misses a key. Made at run time they cost a
     * third of the warm snippet time, and made once a run, the walk of the whole format with its
     * texts, 10 ms of a cold check's critical path (issue 12).
     */
    private static final class Placeholders {
        static final Map<String, String> BY_PATH = BuiltClass.<Map<String, String>>supplied(BUILT_PLACEHOLDERS, "built placeholders")
                .orElseGet(FormatDocs::placeholders);
    }

    /** Every key's placeholder ({@link FormatKey#placeholder()}) by its path, made now: for the build, and a partial build before it. */
    public static Map<String, String> placeholders() {
        Map<String, String> m = new HashMap<>();
        for (FormatKey k : Holder.BY_PATH.values()) m.put(k.path(), k.placeholder());
        return Map.copyOf(m);
    }

    /** {@link FormatKey#placeholder()} of the key at {@code path} (list items as {@code []}, as {@link #normalize} writes them), or null. */
    static String placeholder(String normalizedPath) {
        return Placeholders.BY_PATH.get(normalizedPath);
    }

    /** Every key, in file order: a section, then its keys depth first. */
    public static List<FormatKey> keys() { return Holder.KEYS; }

    /** Every text written for the format, generic ones aside. */
    public static List<KeyDoc> docs() { return Holder.DOCS; }

    /** The key at {@code path} (list positions as {@code [n]} or {@code []}), if the format has one. */
    public static Optional<FormatKey> key(String path) {
        return Optional.ofNullable(Holder.BY_PATH.get(normalize(path)));
    }

    /** The section's note (Markdown), or null. */
    public static String note(String section) { return SectionNotes.NOTES.get(section); }

    /** {@code a[2].b[0]} → {@code a[].b[]}. */
    public static String normalize(String path) {
        if (path == null) return "";
        if (path.indexOf('[') < 0) return path;
        StringBuilder b = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            b.append(c);
            if (c != '[') continue;
            int end = i + 1;
            while (end < path.length() && path.charAt(end) >= '0' && path.charAt(end) <= '9') end++;
            // "[12]" loses its digits; "[]" or "[x" stays as written
            if (end > i + 1 && end < path.length() && path.charAt(end) == ']') i = end - 1;
        }
        return b.toString();
    }

    /** The text of the worked example or the minimal plan, as shipped. */
    public static String resource(String name) {
        try (InputStream in = FormatDocs.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " (was the jar built with mvn package?)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a key: written for its path, for a pattern with {@code *}, or shared (ids, series rows); null if none. */
    static KeyDoc docFor(String path, Field field, boolean inSeries) {
        KeyDoc exact = Holder.EXACT.get(path);
        if (exact != null) return exact;
        for (KeyDoc d : Holder.PATTERNS) {
            if (matches(d.key(), path)) return d;
        }
        if (field.key().equals("id") && field.shape() instanceof Scalar s && s.type() == Type.ID) return ID;
        if (inSeries && field.key().equals("period")) return PERIOD;
        if (inSeries && field.key().equals("value")) return VALUE;
        return null;
    }

    /**
     * Whether a key pattern ({@code gaps.*.baseline}) names the path: each {@code *} stands for one
     * key ({@code [a-z0-9_]+}). Matched by hand, not by a regex: snippets and excerpts ask this for
     * every key they walk, and a pattern compiled per question was most of a cold report's first
     * snippet (issue 12).
     */
    public static boolean matches(String pattern, String path) {
        return pattern.indexOf('*') < 0 ? pattern.equals(path) : glob(pattern, 0, path, 0);
    }

    private static boolean glob(String pattern, int p, String path, int at) {
        for (; p < pattern.length(); p++, at++) {
            char c = pattern.charAt(p);
            if (c == '*') {
                // one key or more characters of one: try each length, shortest first
                for (int end = at; end < path.length() && keyChar(path.charAt(end)); ) {
                    if (glob(pattern, p + 1, path, ++end)) return true;
                }
                return false;
            }
            if (at >= path.length() || path.charAt(at) != c) return false;
        }
        return at == path.length();
    }

    private static boolean keyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    private static List<FormatKey> walk() {
        List<FormatKey> out = new ArrayList<>();
        walk(PlanFormat.ROOT, "", false, out);
        return List.copyOf(out);
    }

    private static void walk(Obj obj, String prefix, boolean inSeries, List<FormatKey> out) {
        for (Field f : obj.fields()) {
            String path = prefix.isEmpty() ? f.key() : prefix + "." + f.key();
            KeyDoc doc = docFor(path, f, inSeries);
            if (doc == null) doc = new KeyDoc(path, "", null, null, null); // FormatDocsTest names every such key
            out.add(new FormatKey(path, f, doc, example(path, f, doc)));
            Shape s = f.shape();
            if (s instanceof Obj o) walk(o, path, false, out);
            if (s instanceof ListOf l && l.item() instanceof Obj o) {
                walk(o, path + "[]", o.field("period") != null && o.field("value") != null, out);
            }
        }
    }

    /** The example a plan author is shown: the one written for the key, else the worked example's, else one the type gives. */
    private static String example(String path, Field f, KeyDoc doc) {
        if (doc.example() != null) return doc.example();
        String fromExample = Holder.EXAMPLES.get(path);
        if (fromExample != null) return fromExample;
        Scalar s = FormatKey.scalar(f.shape());
        if (s == null) return null;
        String one = switch (s.type()) {
            case ENUM -> s.values().get(0);
            case BOOLEAN -> "true";
            case TRI -> "unknown";
            case DATE -> "2017-03-31";
            case FY, PERIOD -> "\"2017/18\"";
            case CONST_ONE -> "1";
            case INTEGER, NUMBER -> s.min() != null && s.min() > 0 ? String.valueOf(s.min().longValue()) : "0";
            case ID -> initials(path) + "_1";
            default -> null;
        };
        if (one == null) return null;
        return f.shape() instanceof ListOf ? "[" + one + "]" : one;
    }

    /** {@code finance.cep_actions[].id} → {@code ca}: an id in the style of the worked example. */
    private static String initials(String path) {
        String list = path.substring(0, path.lastIndexOf("[]"));
        String last = list.substring(list.lastIndexOf('.') + 1);
        StringBuilder b = new StringBuilder();
        for (String w : last.split("_")) if (!w.isEmpty()) b.append(w.charAt(0));
        return b.toString();
    }

    private static Map<String, KeyDoc> exact(List<KeyDoc> docs) {
        Map<String, KeyDoc> m = new HashMap<>();
        for (KeyDoc d : docs) {
            if (!d.key().contains("*") && m.putIfAbsent(d.key(), d) != null) {
                throw new IllegalStateException("two texts for " + d.key());
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, FormatKey> byPath(List<FormatKey> keys) {
        Map<String, FormatKey> m = new HashMap<>();
        for (FormatKey k : keys) m.put(k.path(), k);
        return Map.copyOf(m);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
