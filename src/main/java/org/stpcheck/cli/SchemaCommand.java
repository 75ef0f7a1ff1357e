package org.stpcheck.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.RuleSource;
import org.stpcheck.docs.KeyReaders;
import org.stpcheck.load.JsonSchemaWriter;

/** {@code schema}: the plan format as JSON Schema. */
final class SchemaCommand implements Callable<Integer> {
    private final CommandSpec spec = Commands.spec(this, "schema",
            "Print the JSON Schema of plan format 1 (the same definition the loader enforces).");

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        // with the requirements that read each key, which editors show on hover
        spec.commandLine().getOut().print(JsonSchemaWriter.write(KeyReaders.of(Catalogue.load(RuleSource.shipped()))));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
