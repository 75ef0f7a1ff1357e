package org.stpcheck.load;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.stpcheck.load.Shape.Field;
import org.stpcheck.load.Shape.IdKind;
import org.stpcheck.load.Shape.ListOf;
import org.stpcheck.load.Shape.Obj;
import org.stpcheck.load.Shape.Scalar;

/**
 * Checks a read YAML tree against {@link PlanFormat} (plan-format 1.2–1.7) and produces the typed
 * JSON tree that is bound to the model. Every error of the file is collected, not just the first.
 * Each mapping gets a {@code $path} (and organisations a {@code $list}) so facts know where they
 * came from.
 */
final class FormatChecker {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final LoadErrors errors;
    final Map<String, int[]> positions = new HashMap<>();
    /** The file's ids and the references to them, resolved once the whole file is read. */
    final IdReferences idReferences = new IdReferences();
    /** Words compared for suggestions before they stop; a real plan's 100 errors use a few thousand. */
    private int comparisonsLeft = 200_000;
    /** The format's string patterns, compiled once per file rather than once per value. */
    private final Map<String, Pattern> patterns = new HashMap<>();

    FormatChecker(LoadErrors errors) { this.errors = errors; }

    JsonNode check(YamlNode node, Shape shape, String path, String listName) {
        positions.put(path, new int[] {node.position().line(), node.position().column()});
        return value(node, shape, path, listName);
    }

    /** {@link #check} without recording the node's position: a mapping's key records its own. */
    private JsonNode value(YamlNode node, Shape shape, String path, String listName) {
        if (shape instanceof Obj obj) return checkObj(node, obj, path, listName);
        if (shape instanceof ListOf list) return checkList(node, list, path);
        return checkScalar(node, (Scalar) shape, path);
    }

    private JsonNode checkObj(YamlNode node, Obj obj, String path, String listName) {
        if (!(node instanceof YamlNode.Mapping map)) {
            return wrong(node, path, "a mapping");
        }
        if (map.entries().isEmpty()) {
            error(node.position(), path, "an empty mapping ({}) is not allowed; leave the key out");
            return null;
        }
        ObjectNode out = JSON.objectNode();
        out.put("$path", path);
        if (listName != null && obj.idKind() != null && isOrganisationList(obj.idKind())) out.put("$list", listName);
        for (YamlNode.Entry e : map.entries().values()) {
            Field f = obj.field(e.key());
            // an unknown key may be anything, 100,000 characters or control characters: name it safely
            String key = f == null ? Quote.shown(e.key()) : e.key();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (f == null) {
                positions.put(childPath, new int[] {e.keyPosition().line(), e.keyPosition().column()});
                error(e.keyPosition(), childPath, "unknown key" + suggest(e.key(), obj.fields().stream().map(Field::key).toList()));
                continue;
            }
            JsonNode v = value(e.value(), f.shape(), childPath, e.key());
            // a finding about this key points at the key's line, where a reader looks for it
            positions.put(childPath, new int[] {e.keyPosition().line(), e.keyPosition().column()});
            if (v != null) out.set(e.key(), v);
        }
        for (Field f : obj.fields()) {
            if (f.required() && !map.entries().containsKey(f.key())) {
                error(node.position(), path.isEmpty() ? f.key() : path + "." + f.key(), "required key is missing");
            }
        }
        if (obj.idKind() == IdKind.LOCAL_AUTHORITY && out.has("tier") && !out.has("social_care_authority")) {
            // plan-format 2.4: derived from the tier when the file leaves it out
            out.put("social_care_authority", !out.get("tier").asText().equals("district"));
        }
        if (obj.idKind() != null && out.hasNonNull("id")) register(obj.idKind(), out, path, map);
        return out;
    }

    private static boolean isOrganisationList(IdKind k) {
        return k == IdKind.CCG || k == IdKind.LOCAL_AUTHORITY || k == IdKind.ORG_BY_TYPE;
    }

    private void register(IdKind idKind, ObjectNode item, String path, YamlNode.Mapping map) {
        String id = item.get("id").asText();
        YamlNode.Position p = map.entries().get("id").value().position();
        String kind = switch (idKind) {
            case CCG -> "ccg";
            case LOCAL_AUTHORITY -> "local_authority";
            case ORG_BY_TYPE -> item.hasNonNull("type") ? item.get("type").asText() : "other";
            case SOURCE -> "source";
            case S75 -> "s75";
            case ACTIVITY -> "activity";
            case ITEM -> "item";
        };
        IdReferences.Identified before = idReferences.register(id, new IdReferences.Identified(kind, path, p.line(), p.column()));
        if (before != null) {
            error(p, path + ".id", "id " + Quote.quoted(id) + " is already used at line " + before.line() + " (" + before.path() + ")");
        }
    }

    private JsonNode checkList(YamlNode node, ListOf list, String path) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            return wrong(node, path, "a list");
        }
        ArrayNode out = JSON.arrayNode();
        Map<String, Integer> seen = new HashMap<>();
        boolean isSeries = list.item() instanceof Obj o && o.field("period") != null && o.field("value") != null;
        Map<YearMonth, Integer> months = new HashMap<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String itemPath = path + "[" + i + "]";
            JsonNode v = check(item, list.item(), itemPath, lastKey(path));
            if (v == null) continue;
            if (list.distinct() && v.isValueNode()) {
                Integer first = seen.putIfAbsent(v.asText(), i);
                if (first != null) {
                    error(item.position(), itemPath, Quote.quoted(v.asText()) + " is already in this list (" + path + "[" + first + "])");
                    continue;
                }
            }
            if (isSeries && v.hasNonNull("period")) {
                YearMonth m = org.stpcheck.model.SeriesRow.monthOf(v.get("period").asText());
                Integer first = months.putIfAbsent(m, i);
                if (first != null) {
                    error(item.position(), itemPath + ".period", "period " + v.get("period").asText() + " falls on " + m
                            + ", the same month as " + path + "[" + first + "]");
                }
            }
            out.add(v);
        }
        if (isSeries && seq.items().isEmpty()) {
            error(node.position(), path, "a series needs at least one row");
        }
        return out;
    }

    private static String lastKey(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private JsonNode checkScalar(YamlNode node, Scalar s, String path) {
        if (!(node instanceof YamlNode.Scalar sc)) {
            return wrong(node, path, describe(s));
        }
        String t = sc.text();
        if (sc.plain() && (t.isEmpty() || t.equals("~") || t.equalsIgnoreCase("null"))) {
            error(sc.position(), path, "a null or empty value is not allowed; if the fact is not known, leave the key out");
            return null;
        }
        if (t.isBlank()) {
            error(sc.position(), path, "an empty string is not allowed; if the fact is not known, leave the key out");
            return null;
        }
        String plainKind = sc.plain() ? ScalarSyntax.plainKind(t) : "text";
        switch (s.type()) {
            case CONST_ONE -> {
                if (!sc.plain() || !t.equals("1")) return bad(sc, path, "format_version must be the integer 1");
                return JSON.numberNode(1);
            }
            case BOOLEAN -> {
                if (!sc.plain() || !(t.equals("true") || t.equals("false"))) {
                    return bad(sc, path, "expected true or false, found " + Quote.quoted(t));
                }
                return JSON.booleanNode(t.equals("true"));
            }
            case TRI -> {
                if (t.equals("unknown") || (sc.plain() && (t.equals("true") || t.equals("false")))) return JSON.textNode(t);
                return bad(sc, path, "expected true, false or unknown, found " + Quote.quoted(t));
            }
            case INTEGER -> {
                if (!sc.plain() || !ScalarSyntax.isInteger(t)) return bad(sc, path, "expected an integer, found " + quoteKind(sc, plainKind));
                if (!inRange(sc, path, s, t)) return null;
                return JSON.numberNode(Long.parseLong(t));
            }
            case NUMBER -> {
                if (!sc.plain() || !ScalarSyntax.isNumber(t)) return bad(sc, path, "expected a number (digits, optional decimal point; no £, commas or units), found " + quoteKind(sc, plainKind));
                if (!inRange(sc, path, s, t)) return null;
                return ScalarSyntax.isInteger(t) ? JSON.numberNode(Long.parseLong(t)) : JSON.numberNode(Double.parseDouble(t));
            }
            default -> { }
        }
        // every remaining type is text; a plain scalar that YAML reads as a number or boolean is not text
        if (!plainKind.equals("text")) {
            return bad(sc, path, "expected " + describe(s) + ", found the " + plainKind + " " + Quote.shown(t)
                    + (s.type() == Shape.Type.STRING ? "; quote it if it is text" : ""));
        }
        switch (s.type()) {
            case STRING -> {
                if (s.pattern() != null && !patterns.computeIfAbsent(s.pattern(), Pattern::compile).matcher(t).matches()) return bad(sc, path, Quote.quoted(t) + " is not " + s.description());
            }
            case DATE -> {
                LocalDate d = ScalarSyntax.parseDate(t);
                if (d == null) return bad(sc, path, Quote.quoted(t) + " is not a valid date (YYYY-MM-DD)");
                if (!inDates(sc, path, s, d)) return null;
            }
            case FY -> {
                if (!ScalarSyntax.validFy(t)) return bad(sc, path, Quote.quoted(t) + " is not a financial year such as \"2017/18\"");
                if (!inDates(sc, path, s, ScalarSyntax.fyStart(t))) return null;
            }
            case PERIOD -> {
                if (!ScalarSyntax.validFy(t) && !ScalarSyntax.isMonth(t)) return bad(sc, path, Quote.quoted(t) + " is not a period (a financial year \"2017/18\" or a month \"2017-09\")");
                LocalDate first = ScalarSyntax.validFy(t) ? ScalarSyntax.fyStart(t) : YearMonth.parse(t).atDay(1);
                if (!inDates(sc, path, s, first)) return null;
            }
            case URL -> {
                if (!(t.startsWith("http://") || t.startsWith("https://"))) return bad(sc, path, Quote.quoted(t) + " is not a URL starting http:// or https://");
            }
            case ID -> {
                if (!ScalarSyntax.isId(t)) return bad(sc, path, Quote.quoted(t) + " is not a valid id (lower-case letters, digits, _ and -, starting with a letter, at most 64)");
                if (t.equals("hwb")) return bad(sc, path, "\"hwb\" is reserved and cannot be an id");
            }
            case CODE -> {
                if (!ScalarSyntax.isCode(t)) return bad(sc, path, Quote.quoted(t) + " is not a function code such as nhs_act_2006_s75");
            }
            case ENUM -> {
                if (!s.values().contains(t)) return bad(sc, path, Quote.quoted(t) + " is not allowed here; expected one of " + String.join(", ", s.values()) + suggestValue(t, s.values()));
            }
            case REF -> {
                if (!(s.refKind().equals("org_or_hwb") && t.equals("hwb")) && !ScalarSyntax.isId(t)) {
                    return bad(sc, path, Quote.quoted(t) + " is not a valid id reference");
                }
                idReferences.add(new IdReferences.Reference(s.refKind(), t, path, sc.position().line(), sc.position().column()));
            }
            default -> { }
        }
        return JSON.textNode(t);
    }

    private boolean inRange(YamlNode.Scalar sc, String path, Scalar s, String t) {
        String problem = Ranges.numberProblem(t, s);
        if (problem != null) bad(sc, path, problem);
        return problem == null;
    }

    private boolean inDates(YamlNode.Scalar sc, String path, Scalar s, LocalDate first) {
        String problem = Ranges.dateProblem(sc.text(), first, s);
        if (problem != null) bad(sc, path, problem);
        return problem == null;
    }

    private static String quoteKind(YamlNode.Scalar sc, String plainKind) {
        return sc.plain() ? "the " + plainKind + " " + Quote.shown(sc.text()) : "the quoted text " + Quote.quoted(sc.text());
    }

    private JsonNode wrong(YamlNode node, String path, String expected) {
        String found = node instanceof YamlNode.Mapping ? "a mapping" : node instanceof YamlNode.Sequence ? "a list" : "a single value";
        error(node.position(), path, "expected " + expected + ", found " + found);
        return null;
    }

    private static String describe(Scalar s) {
        return switch (s.type()) {
            case STRING, URL -> "text";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case TRI -> "true, false or unknown";
            case DATE -> "a date";
            case FY -> "a financial year";
            case PERIOD -> "a period";
            case ID, REF -> "an id";
            case CODE -> "a function code";
            case ENUM -> "one of " + String.join(", ", s.values());
            case CONST_ONE -> "the integer 1";
        };
    }

    private JsonNode bad(YamlNode.Scalar sc, String path, String message) {
        error(sc.position(), path, message);
        return null;
    }

    void error(YamlNode.Position p, String path, String message) {
        errors.add(new LoadError(p.line(), p.column(), path, message));
    }

    private String suggest(String key, List<String> allowed) {
        return suggestValue(key, allowed);
    }

    /**
     * "; did you mean ...?", while the file's errors are few enough for it to help (see
     * {@link LoadErrors#worthDetail}) and within a budget of comparisons: a file with 100,000 ids
     * must not make 100 suggestions cost 10 million comparisons.
     */
    private String suggestValue(String value, List<String> allowed) {
        if (!errors.worthDetail() || comparisonsLeft < allowed.size()) return "";
        comparisonsLeft -= allowed.size();
        String best = Suggestions.nearest(value, allowed);
        return best == null ? "" : "; did you mean \"" + best + "\"?";
    }

    /** Resolves every reference against the ids of the file (plan-format 1.4). */
    void resolveReferences() {
        idReferences.resolve(errors, this::suggestValue);
    }
}
