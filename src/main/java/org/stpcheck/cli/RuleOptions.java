package org.stpcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.RuleSource;
import org.stpcheck.engine.RuleBase;

/**
 * {@code --rules DIR}: use edited DRL from disk instead of the rules compiled into the jar. Declared
 * here once; each command that has the option adds it to its spec by making one of these.
 */
final class RuleOptions {
    private final Value<Path> rulesDir;

    RuleOptions(CommandSpec spec) {
        rulesDir = Value.of(spec, Path.class, OptionSpec.builder("--rules").paramLabel("DIR")
                .description("Use the rules, catalogue and configuration in DIR (compiled now) instead of the built-in ones."));
    }

    /** The directory given, or null for the rules compiled into the jar. */
    Path rulesDir() {
        return rulesDir.get();
    }

    RuleSource source() {
        Path dir = rulesDir();
        if (dir == null) return RuleSource.shipped();
        if (!Files.isDirectory(dir)) throw new Main.UserError("--rules " + dir + ": not a directory");
        return RuleSource.directory(dir);
    }

    Catalogue catalogue() {
        try {
            return Catalogue.load(source());
        } catch (Catalogue.CatalogueException e) {
            throw new Main.UserError(e.getMessage());
        }
    }

    RuleBase ruleBase() {
        return ruleBase(null);
    }

    /** The rule base; of the shipped rules only {@code families} when not null (a directory's are compiled whole). */
    RuleBase ruleBase(java.util.Set<String> families) {
        if (rulesDir() == null) return shipped(families);
        try {
            return RuleBase.compile(source());
        } catch (RuleBase.RuleBaseException e) {
            throw problems(e);
        }
    }

    /** The rules compiled into the jar: of {@code families} only when not null. */
    static RuleBase shipped(java.util.Set<String> families) {
        try {
            return RuleBase.shipped(families);
        } catch (RuleBase.RuleBaseException e) {
            throw problems(e);
        }
    }

    /**
     * {@code build} started on another thread, timed as STPCHECK_TIMING's "rule base (other thread)":
     * building the rule base is the slowest part of a cold start, so it runs beside the loading.
     */
    static CompletableFuture<RuleBase> building(Timings timings, Supplier<RuleBase> build) {
        return CompletableFuture.supplyAsync(() -> timings.time("rule base (other thread)", build));
    }

    private static Main.UserError problems(RuleBase.RuleBaseException e) {
        return new Main.UserError("the rules do not compile:\n  " + String.join("\n  ", e.problems()));
    }
}
