package org.stpcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import org.stpcheck.docs.StartingPlans;

/** {@code init}: a starting plan. */
final class InitCommand implements Callable<Integer> {
    static final String SCHEMA = "schema/plan-format-v1.schema.json";

    private final CommandSpec spec = Commands.spec(this, "init",
            "Write a starting plan: every key of the format, the unknown ones as comments with placeholders, "
                    + "and with --footprint the known facts of that footprint.");

    final RuleOptions rules = new RuleOptions(spec);

    final Value<String> footprint = Value.of(spec, String.class, OptionSpec.builder("--footprint").paramLabel("CODE|NAME")
            .description("Start from what plans/ knows of this footprint: an ONS code such as E54000036, or its name (any case)."));

    final Value<Path> output = Value.of(spec, Path.class, OptionSpec.builder("-o", "--output").paramLabel("FILE")
            .description("Write the plan to FILE instead of standard output."));

    final Value<Boolean> force = Value.flag(spec, OptionSpec.builder("--force").description("Replace FILE if it exists."));

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        String footprint = this.footprint.get();
        Path output = this.output.get();
        StartingPlans.Known known = null;
        if (footprint != null) {
            known = StartingPlans.find(footprint).orElseThrow(() -> new Main.UserError("--footprint " + footprint
                    + ": no footprint of plans/ has that ONS code or name (for example E54000036, or Cornwall and the Isles of Scilly)"));
        }
        if (output != null && Files.exists(output) && !force.get()) {
            throw new Main.UserError(output + " exists; use --force to replace it");
        }
        Path dir = (output == null ? Path.of("") : output).toAbsolutePath().normalize();
        if (output != null) dir = dir.getParent();
        String text = StartingPlans.write(rules.catalogue(), known, schemaFrom(dir));
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        write(output.toAbsolutePath().normalize(), text);
        spec.commandLine().getErr().println("stpcheck: wrote " + output + (known != null ? " with the facts of plans/" + known.file() : ""));
        return Main.OK;
    }

    /** Written aside and renamed, so a reader never sees half a file and an existing one is replaced whole or not at all. */
    private void write(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            if (force.get()) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(tmp, target); // fails if the file appeared meanwhile
            }
        } catch (FileAlreadyExistsException e) {
            throw new Main.UserError(target + " exists; use --force to replace it");
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The schema of the repository the plan is written in, relative to the plan, so an editor finds it; null outside one. */
    static String schemaFrom(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(SCHEMA))) return dir.relativize(d.resolve(SCHEMA)).toString().replace('\\', '/');
        }
        return null;
    }
}
