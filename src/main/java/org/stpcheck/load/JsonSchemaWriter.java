package org.stpcheck.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.stpcheck.load.Shape.Field;
import org.stpcheck.load.Shape.ListOf;
import org.stpcheck.load.Shape.Obj;
import org.stpcheck.load.Shape.Scalar;

/**
 * Publishes {@link PlanFormat} as a JSON Schema (draft 2020-12) for editors and other tools.
 * The schema covers what one node can say (plan-format 1.7 items 2-5 and id syntax); the loader
 * adds the whole-file checks. Every key carries its text from {@link FormatDocs} ({@code description},
 * {@code markdownDescription}, {@code examples}, and for enums {@code enumDescriptions} and
 * {@code markdownEnumDescriptions}), which editors with yaml-language-server show on hover and in
 * completion. The committed copy in {@code schema/} is tested to equal this output.
 */
public final class JsonSchemaWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String ID_PATTERN = "^" + ScalarSyntax.ID_SYNTAX + "$";

    private JsonSchemaWriter() {}

    /** The schema without the requirements that read each key (for tools that have no catalogue). */
    public static String write() { return write(Map.of()); }

    /** The schema; {@code readers} gives, by key path with {@code []}, the requirements that read the key. */
    public static String write(Map<String, List<String>> readers) {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://stpcheck.org/schema/plan-format-v1.schema.json");
        root.put("title", "stpcheck plan format, version 1");
        root.put("description", "One NHS STP plan. Generated from org.stpcheck.load.PlanFormat by `stpcheck schema`; do not edit.");
        ObjectNode body = shape(PlanFormat.ROOT, "", readers);
        body.fields().forEachRemaining(e -> root.set(e.getKey(), e.getValue()));
        Provenance.allowInSchema(root);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode shape(Shape s, String path, Map<String, List<String>> readers) {
        if (s instanceof Obj o) return obj(o, path, readers);
        if (s instanceof ListOf l) {
            ObjectNode n = JSON.objectNode();
            n.put("type", "array");
            if (l.distinct()) n.put("uniqueItems", true);
            if (l.item() instanceof Obj o && o.field("period") != null) n.put("minItems", 1);
            n.set("items", shape(l.item(), path + "[]", readers));
            return n;
        }
        return scalar((Scalar) s);
    }

    private static ObjectNode obj(Obj o, String path, Map<String, List<String>> readers) {
        ObjectNode n = JSON.objectNode();
        n.put("type", "object");
        n.put("additionalProperties", false);
        n.put("minProperties", 1);
        ObjectNode props = n.putObject("properties");
        List<String> required = new ArrayList<>();
        for (Field f : o.fields()) {
            String child = path.isEmpty() ? f.key() : path + "." + f.key();
            ObjectNode p = shape(f.shape(), child, readers);
            FormatDocs.key(child).ifPresent(k -> SchemaText.annotate(p, k, readers.getOrDefault(child, List.of())));
            props.set(f.key(), p);
            if (f.required()) required.add(f.key());
        }
        if (!required.isEmpty()) {
            ArrayNode r = n.putArray("required");
            required.forEach(r::add);
        }
        return n;
    }

    private static ObjectNode scalar(Scalar s) {
        ObjectNode n = JSON.objectNode();
        switch (s.type()) {
            case STRING -> {
                n.put("type", "string");
                n.put("pattern", s.pattern() != null ? "^(" + s.pattern() + ")$" : "\\S");
            }
            case INTEGER -> n.put("type", "integer");
            case NUMBER -> n.put("type", "number");
            case BOOLEAN -> n.put("type", "boolean");
            case TRI -> {
                ArrayNode any = n.putArray("anyOf");
                any.addObject().put("type", "boolean");
                any.addObject().put("const", "unknown");
            }
            case DATE -> {
                n.put("type", "string");
                n.put("format", "date");
                n.put("pattern", "^(" + years(s.earliest().getYear(), s.latest().getYear()) + ")-[0-9]{2}-[0-9]{2}$");
                // ajv's names (ajv-formats) for bounds on a date; the year pattern holds for every validator
                n.put("formatMinimum", s.earliest().toString());
                n.put("formatMaximum", s.latest().toString());
            }
            case FY -> { n.put("type", "string"); n.put("pattern", "^(" + fyYears(s) + ")/[0-9]{2}$"); }
            case PERIOD -> {
                n.put("type", "string");
                n.put("pattern", "^((" + fyYears(s) + ")/[0-9]{2}|(" + years(s.earliest().getYear(), s.latest().getYear()) + ")-(0[1-9]|1[0-2]))$");
            }
            case URL -> { n.put("type", "string"); n.put("pattern", "^https?://"); }
            case ID -> { n.put("type", "string"); n.put("pattern", ID_PATTERN); n.putObject("not").put("const", "hwb"); }
            case REF -> {
                n.put("type", "string");
                n.put("pattern", ID_PATTERN);
                n.put("description", "reference to the id of " + s.refKind() + (s.refKind().equals("org_or_hwb") ? " (or the reserved word hwb)" : ""));
            }
            case CODE -> { n.put("type", "string"); n.put("pattern", "^" + ScalarSyntax.CODE_SYNTAX + "$"); }
            case ENUM -> {
                ArrayNode e = n.putArray("enum");
                s.values().forEach(e::add);
            }
            case CONST_ONE -> n.put("const", 1);
        }
        if (s.min() != null) bound(n, "minimum", s.min());
        if (s.max() != null) bound(n, "maximum", s.max());
        return n;
    }

    /** A whole bound as an integer (100, not 100.0), so integer keys read as integers. */
    private static void bound(ObjectNode n, String keyword, double v) {
        if (v == Math.rint(v) && Math.abs(v) <= 1e15) n.put(keyword, (long) v);
        else n.put(keyword, v);
    }

    /** The years a financial year may start in. */
    private static String fyYears(Scalar s) { return years(Ranges.firstFy(s), Ranges.lastFy(s)); }

    /** A regular expression for the four-digit years {@code from} to {@code to}: whole centuries, decades, then years. */
    static String years(int from, int to) {
        List<String> parts = new ArrayList<>();
        int y = from;
        while (y <= to) {
            if (y % 100 == 0 && y + 99 <= to) {
                parts.add(y / 100 + "[0-9]{2}");
                y += 100;
            } else if (y % 10 == 0 && y + 9 <= to) {
                parts.add(y / 10 + "[0-9]");
                y += 10;
            } else {
                int last = Math.min(to, y / 10 * 10 + 9);
                parts.add(y / 10 + (last == y ? String.valueOf(y % 10) : "[" + y % 10 + "-" + last % 10 + "]"));
                y = last + 1;
            }
        }
        return String.join("|", parts);
    }
}
