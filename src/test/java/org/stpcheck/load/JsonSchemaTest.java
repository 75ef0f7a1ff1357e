package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

/** The published schema is the loader's own definition, and a real schema that agrees with it. */
class JsonSchemaTest {
    private static final Path COMMITTED = Path.of("schema/plan-format-v1.schema.json");

    @Test
    void theCommittedSchemaIsGeneratedFromTheDefinitionTheLoaderEnforces() throws IOException {
        assertThat(Files.readString(COMMITTED))
                .as("schema/ is stale: regenerate it with `./stpcheck schema > %s`", COMMITTED)
                .isEqualTo(JsonSchemaWriter.write(org.stpcheck.docs.KeyReaders.of(org.stpcheck.TestSupport.catalogue())));
    }

    @Test
    void aStandardValidatorAcceptsEveryPlanTheLoaderAcceptsAndRejectsAnUnknownKey() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(COMMITTED.toFile()));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> plans = new ArrayList<>(List.of(Path.of("src/test/resources/examples/wessex-vale.yaml"),
                Path.of("src/test/resources/examples/minimal.yaml")));
        try (Stream<Path> s = Files.list(Path.of("plans"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(plans::add);
        }
        for (Path p : plans) {
            assertThat(new PlanLoader().load(p).errors()).as("loader on %s", p).isEmpty();
            Set<ValidationMessage> messages = schema.validate(yaml.readTree(p.toFile()));
            assertThat(messages).as("schema on %s", p).isEmpty();
        }
        JsonNode bad = yaml.readTree("format_version: 1\nplan: {id: t, name: T, as_of: 2017-01-01}\nfootprint: {name: T, nmae: x}\n");
        assertThat(schema.validate(bad)).isNotEmpty();
        assertThat(new PlanLoader().load("bad.yaml", "format_version: 1\nplan: {id: t, name: T, as_of: 2017-01-01}\nfootprint: {name: T, nmae: x}\n").isValid()).isFalse();
    }
}
