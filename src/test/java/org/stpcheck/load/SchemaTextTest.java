package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The published schema gives an editor (yaml-language-server) hover help and completion for every
 * key: a description in plain text and in Markdown, an example, and a meaning for each allowed value.
 */
class SchemaTextTest {

    @Test
    void everyPropertyOfTheCommittedSchemaCarriesItsTextAndEveryEnumItsValueMeanings() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("schema/plan-format-v1.schema.json").toFile());
        Map<String, String> problems = new TreeMap<>();
        walk(schema, "", problems);
        assertThat(problems).isEmpty();
        JsonNode sector = schema.at("/properties/governance/properties/lead/properties/sector");
        assertThat(sector.path("markdownDescription").asText()).contains("`local_government`: a council", "Read by: PG-03");
        assertThat(sector.path("enumDescriptions")).hasSize(3);
        assertThat(schema.at("/properties/finance/properties/gap_closure/items/properties/value_gbp/examples/0").isNumber()).isTrue();
    }

    private static void walk(JsonNode node, String path, Map<String, String> problems) {
        JsonNode props = node.path("properties");
        for (var it = props.fields(); it.hasNext(); ) {
            var e = it.next();
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JsonNode v = e.getValue();
            if (v.path("description").asText().isBlank()) problems.put(p, "no description");
            if (v.path("markdownDescription").asText().isBlank()) problems.put(p, "no markdownDescription");
            JsonNode enumHolder = v.has("enum") ? v : v.path("items");
            if (enumHolder.has("enum") && enumHolder.path("enumDescriptions").size() != enumHolder.path("enum").size()) {
                problems.put(p, "enumDescriptions do not match enum");
            }
            boolean holdsValue = !"object".equals(v.path("type").asText()) && !"object".equals(v.path("items").path("type").asText());
            if (holdsValue && !v.has("examples")) problems.put(p, "no examples");
            walk(v, p, problems);
            walk(v.path("items"), p + "[]", problems);
        }
    }
}
