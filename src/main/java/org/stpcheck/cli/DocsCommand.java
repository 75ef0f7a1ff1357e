package org.stpcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.docs.FormatReference;
import org.stpcheck.docs.KeyReaders;
import org.stpcheck.docs.RuleExamples;
import org.stpcheck.docs.RulePages;
import org.stpcheck.load.JsonSchemaWriter;

/** {@code docs}: writes the generated documentation. */
final class DocsCommand implements Callable<Integer> {
    private final CommandSpec spec = Commands.spec(this, "docs",
            "Write the requirement pages (one per family, and an index) and, if asked, the plan format reference and schema.");

    final RuleOptions rules = new RuleOptions(spec);

    final Value<Path> output = Value.of(spec, Path.class, OptionSpec.builder("-o", "--output").paramLabel("DIR").defaultValue(RulePages.DIR)
            .description("Directory for the requirement pages (default: ${DEFAULT-VALUE})."));

    final Value<Path> planFormat = Value.of(spec, Path.class, OptionSpec.builder("--plan-format").paramLabel("FILE")
            .description("Also write the plan format reference to FILE (docs/plan-format.md)."));

    final Value<Path> schema = Value.of(spec, Path.class, OptionSpec.builder("--schema").paramLabel("FILE")
            .description("Also write the plan format's JSON Schema to FILE (schema/plan-format-v1.schema.json)."));

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        Path output = this.output.get();
        Path planFormat = this.planFormat.get();
        Path schema = this.schema.get();
        Catalogue catalogue = rules.catalogue();
        Map<String, RuleExamples.Example> examples = RuleExamples.forRules(rules.rulesDir(), catalogue);
        Files.createDirectories(output);
        int written = 0;
        for (Map.Entry<String, String> page : RulePages.write(catalogue, examples).entrySet()) {
            write(output.resolve(page.getKey()), page.getValue());
            written++;
        }
        if (planFormat != null) write(planFormat, FormatReference.write(catalogue));
        if (schema != null) write(schema, JsonSchemaWriter.write(KeyReaders.of(catalogue)));
        spec.commandLine().getErr().println("stpcheck: wrote " + written + " requirement pages to " + output
                + (planFormat != null ? ", " + planFormat : "") + (schema != null ? ", " + schema : ""));
        return Main.OK;
    }

    private static void write(Path file, String text) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
