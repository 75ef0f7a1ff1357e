package org.stpcheck.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.RuleSource;
import org.stpcheck.docs.KeyReaders;
import org.stpcheck.load.JsonSchemaWriter;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of plan format 1 (the same definition the loader enforces).")
final class SchemaCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        // with the requirements that read each key, which editors show on hover
        spec.commandLine().getOut().print(JsonSchemaWriter.write(KeyReaders.of(Catalogue.load(RuleSource.shipped()))));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
