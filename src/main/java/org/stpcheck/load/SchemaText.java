package org.stpcheck.load;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A key's text as JSON Schema annotations: what an editor shows when the author hovers over the
 * key or picks a value from completion.
 */
final class SchemaText {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SchemaText() {}

    static void annotate(ObjectNode schema, FormatKey k, List<String> readers) {
        StringBuilder plain = new StringBuilder(k.meaning());
        StringBuilder md = new StringBuilder(k.meaning()).append("\n\n");
        md.append("Type: ").append(k.typeText()).append(k.required() ? " (required)" : "").append("  \n");
        if (k.unit() != null) {
            md.append("Unit: ").append(k.unit()).append("  \n");
            plain.append(" Unit: ").append(k.unit()).append('.');
        }
        if (k.example() != null) {
            md.append("Example: `").append(k.example()).append("`  \n");
        }
        Map<String, String> values = k.allowedValues();
        if (!values.isEmpty()) {
            md.append("\nAllowed values:\n\n");
            values.forEach((v, meaning) -> md.append("- `").append(v).append("`: ").append(meaning).append('\n'));
            md.append('\n');
            // completion shows these beside each value; hover shows the chosen one's
            ObjectNode target = schema.has("items") ? (ObjectNode) schema.get("items") : schema;
            ArrayNode d = target.putArray("enumDescriptions");
            ArrayNode mdd = target.putArray("markdownEnumDescriptions");
            values.values().forEach(d::add);
            values.values().forEach(mdd::add);
        }
        String read = readers.isEmpty() ? "no requirement (it names or describes the plan)" : String.join(", ", readers);
        md.append("Read by: ").append(read);
        plain.append(" Read by: ").append(read).append('.');
        schema.put("description", plain.toString());
        schema.put("markdownDescription", md.toString().strip());
        JsonNode example = example(k);
        if (example != null) schema.putArray("examples").add(example);
    }

    /** The example as JSON, read as YAML: {@code 2017-06-30} a string, {@code 38100000} a number, {@code [a, b]} an array. */
    private static JsonNode example(FormatKey k) {
        if (k.example() == null) return null;
        try {
            return YAML.readTree("v: " + k.example()).get("v");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the example of " + k.path() + " is not YAML: " + k.example(), e);
        }
    }
}
