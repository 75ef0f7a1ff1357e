package org.stpcheck.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.stpcheck.load.Shape.IdKind;
import org.stpcheck.load.Shape.ListOf;
import org.stpcheck.load.Shape.Obj;
import org.stpcheck.load.Shape.Scalar;
import org.stpcheck.load.Shape.Type;

/**
 * One key of plan format 1 with everything a plan author is told about it: its path ({@code []}
 * for list items), its shape from {@link PlanFormat} and its text from {@link KeyDoc}. The texts
 * derived here (type, unit, example, placeholder) are what the format reference, the JSON Schema,
 * {@code init} and the suggested snippets all show, so they agree.
 */
public record FormatKey(String path, Shape.Field field, KeyDoc doc, String example) {
    /** A reference to a section of the format, " (1.7)", which a phrase leaves out. */
    private static final Pattern SECTION_REF = Pattern.compile("\\s*\\(\\d\\.\\d+\\)");

    public String key() { return field.key(); }

    public Shape shape() { return field.shape(); }

    public boolean required() { return field.required(); }

    /** How deep the key sits: 0 for a section, 1 for its keys, and so on. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '.').count();
    }

    public String meaning() { return doc.meaning(); }

    /** The allowed values with their meanings, for an enum or a list of enum values; empty otherwise. */
    public Map<String, String> allowedValues() {
        Scalar s = scalar(shape());
        if (s == null || s.type() != Type.ENUM) return Map.of();
        Map<String, String> m = new LinkedHashMap<>();
        for (String v : s.values()) m.put(v, doc.values().getOrDefault(v, ""));
        return m;
    }

    /** The unit of a number, in words; null where the key has none. */
    public String unit() {
        if (doc.unit() != null) return doc.unit();
        String k = unitKey();
        if (k.equals("gbp") || k.endsWith("_gbp")) return "GBP (pounds: a plain number, no £ or commas; £1.2m is 1200000)";
        if (k.equals("change_pct")) return "% change (negative is a reduction)";
        if (k.endsWith("_pct") || k.endsWith("_rate")) return "% (0 to 100: 93.1 means 93.1 %)";
        return null;
    }

    /** A series row's value takes the unit of its series, which is what its key names. */
    private String unitKey() {
        if (path.endsWith("[].value") || path.endsWith("[].period")) {
            String series = path.substring(0, path.lastIndexOf("[]"));
            return series.substring(series.lastIndexOf('.') + 1);
        }
        return key();
    }

    /** The key's type in words: "date (YYYY-MM-DD)", "list of: the id of a CCG in members.ccgs". */
    public String typeText() {
        return typeText(shape());
    }

    static String typeText(Shape s) {
        if (s instanceof Obj o) {
            return o.idKind() != null ? "mapping with an id" : "mapping";
        }
        if (s instanceof ListOf l) {
            if (l.item() instanceof Obj o) {
                if (o.field("period") != null && o.field("value") != null) {
                    return "series: a list of {period, value} rows, values " + typeText(o.field("value").shape());
                }
                return o.idKind() != null ? "list of mappings, each with an id" : "list of mappings";
            }
            return "list of " + typeText(l.item()) + (l.distinct() ? ", each at most once" : "");
        }
        Scalar sc = (Scalar) s;
        String base = switch (sc.type()) {
            case STRING -> sc.pattern() != null ? "text: " + sc.description() : "text";
            case INTEGER -> "whole number";
            case NUMBER -> "number";
            case BOOLEAN -> "true or false";
            case TRI -> "true, false or unknown";
            case DATE -> "date (YYYY-MM-DD)";
            case FY -> "financial year, such as \"2017/18\"";
            case PERIOD -> "period: a financial year such as \"2017/18\" or a month such as \"2017-09\"";
            case URL -> "web address (starting http:// or https://)";
            case ID -> "id: lower-case letters, digits, _ and -, starting with a letter; unique in the file";
            case CODE -> "function code, such as nhs_act_2006_s3";
            case ENUM -> "one of the allowed values";
            case REF -> refText(sc.refKind());
            case CONST_ONE -> "the number 1";
        };
        return base + range(sc);
    }

    private static String range(Scalar s) {
        if (s.min() == null && s.max() == null) return "";
        if (s.min() != null && s.max() != null) return ", " + num(s.min()) + " to " + num(s.max());
        return s.min() != null ? ", at least " + num(s.min()) : ", at most " + num(s.max());
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** What a reference must name (plan-format 1.4), in words. */
    static String refText(String kind) {
        return switch (kind) {
            case "org" -> "the id of an organisation in members";
            case "org_or_hwb" -> "the id of an organisation in members, or hwb (this area's Health and Wellbeing Board)";
            case "ccg" -> "the id of a CCG in members.ccgs";
            case "la" -> "the id of a council in members.local_authorities";
            case "commissioner" -> "the id of a CCG, or of NHS England listed in members.other_bodies";
            case "trust" -> "the id of an NHS trust or foundation trust in members";
            case "source" -> "the id of a document in plan.sources";
            case "s75" -> "the id of an agreement in s75_agreements";
            case "activity" -> "the id of an engagement or involvement activity";
            default -> "the id of a " + kind;
        };
    }

    /**
     * What to write in place of the value, for a snippet or a starting plan:
     * {@code <the date NHS England and NHS Improvement ratified the lead's appointment, YYYY-MM-DD>}.
     * Never a valid value of a typed key, and safe as a plain YAML scalar in block style.
     */
    public String placeholder() {
        return placeholder(scalar(shape()));
    }

    private String placeholder(Scalar s) {
        String what = phrase(doc.meaning());
        if (s == null) return "<" + what + ">";
        String text = switch (s.type()) {
            case BOOLEAN -> "true if " + what + ", false if not";
            case TRI -> "true, false or unknown - " + what;
            case DATE -> what + ", YYYY-MM-DD";
            case FY -> what + ", a financial year such as 2017/18";
            case PERIOD -> "a financial year such as 2017/18, or a month such as 2017-09";
            case INTEGER, NUMBER -> what + (unit() != null ? ", in " + shortUnit() : ", a number");
            case URL -> what + ", https://...";
            case ID -> "a short id for this item, such as " + idExample();
            case CODE -> what + ", a function code such as nhs_act_2006_s3";
            case REF -> what + " - " + refText(s.refKind());
            case STRING -> s.pattern() != null ? what + ", " + s.description() : what;
            case ENUM -> what + " - one of the values listed";
            case CONST_ONE -> "1";
        };
        return "<" + text.replace(": ", " - ").replace("#", "no. ") + ">";
    }

    private String shortUnit() {
        String u = unit();
        if (u.startsWith("GBP")) return "pounds";
        if (u.startsWith("% change")) return "per cent change";
        if (u.startsWith("%")) return "per cent";
        return u;
    }

    private String idExample() {
        return example != null ? example : "item_1";
    }

    /** A meaning's first sentence as a phrase: "The date the board was formed." → "the date the board was formed". */
    static String phrase(String meaning) {
        String m = meaning.replace("`", "");
        if (m.indexOf('(') >= 0) m = SECTION_REF.matcher(m).replaceAll("");
        for (String end : new String[] {". ", "; "}) {
            int stop = m.indexOf(end);
            if (stop > 0) m = m.substring(0, stop);
        }
        if (m.endsWith(".")) m = m.substring(0, m.length() - 1);
        String first = m.split(" ", 2)[0];
        // an acronym (NHS, ONS, GPs) keeps its capitals; an ordinary first word is lower-cased
        boolean acronym = first.length() > 1 && Character.isUpperCase(first.charAt(1));
        if (!acronym && !m.isEmpty()) m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
        return m;
    }

    /** The scalar of a key, or of the items of a list of scalars; null for mappings and lists of mappings. */
    static Scalar scalar(Shape s) {
        if (s instanceof Scalar sc) return sc;
        if (s instanceof ListOf l && l.item() instanceof Scalar sc) return sc;
        return null;
    }

    /** Whether the key is a list of mappings (items, keyed rows or a series). */
    public boolean isListOfMappings() {
        return shape() instanceof ListOf l && l.item() instanceof Obj;
    }

    /** Whether the key is a series of {period, value} rows. */
    public boolean isSeries() {
        return shape() instanceof ListOf l && l.item() instanceof Obj o && o.field("period") != null && o.field("value") != null;
    }

    /** The kind of id the items of this list carry, or null. */
    public IdKind itemIdKind() {
        return shape() instanceof ListOf l && l.item() instanceof Obj o ? o.idKind() : null;
    }
}
