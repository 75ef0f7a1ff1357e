package org.stpcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.catalogue.Severity;
import org.stpcheck.engine.RuleBase;
import org.stpcheck.findings.Checker;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.RunReport;
import org.stpcheck.findings.Selection;
import org.stpcheck.report.Renderer;
import org.stpcheck.report.Renderers;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check plan files (or every .yaml in a directory) and report every requirement's result.")
final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Plan files, or directories of them.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, csv, markdown or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--family", split = ",", paramLabel = "FAMILY", description = "Only these families: PG, RECONF, ACS, S75, COMP, ENG.")
    List<String> families;

    @Option(names = "--requirement", split = ",", paramLabel = "ID", description = "Only these requirements, e.g. PG-03,S75-06.")
    List<String> requirements;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 4 when a result fails, is unmet or flags at this severity or above: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--explain", description = "Show, for every result, the facts the deciding rule matched.")
    boolean explain;

    @Option(names = "--legal", description = "Only legal-review results that fail or flag, grouped by statute (a lawyer's brief).")
    boolean legal;

    @Option(names = "--watch", description = "Keep running: check again and print the report again each time a plan changes (Ctrl-C to stop).")
    boolean watch;

    @Mixin RuleOptions rules;

    /** Built once, and kept across the rounds of --watch: the engine stays warm. */
    private CompletableFuture<RuleBase> ruleBase;

    @Override
    public Integer call() throws IOException {
        if (watch) return new PlanWatcher(inputs, spec.commandLine().getErr()).run(this::checkOnce);
        return checkOnce();
    }

    private Integer checkOnce() throws IOException {
        Severity level = failLevel();
        if (!List.of("text", "json", "csv", "markdown", "html").contains(format)) {
            throw new Main.UserError("--format " + format + ": expected text, json, csv, markdown or html");
        }
        // building the rule base is the slowest part of a cold start: do it beside the loading
        Timings timings = new Timings(System.getenv("STPCHECK_TIMING") != null, spec.commandLine().getErr());
        if (ruleBase == null) ruleBase = CompletableFuture.supplyAsync(() -> timings.time("rule base (other thread)", rules::ruleBase));
        Catalogue catalogue = timings.time("catalogue", rules::catalogue);
        Selection selection = selection(catalogue);
        List<Path> files = expand(inputs);
        Checker checker = new Checker(catalogue, () -> timings.time("waiting for the rule base", () -> join(ruleBase)));
        RunReport report = timings.time("load and check " + files.size() + " plan(s)", () -> checker.check(files, selection));
        Renderer renderer = Renderers.forFormat(format);
        Renderer.Options options = new Renderer.Options(explain, legal);
        if (output != null) {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                renderer.render(report, options, w);
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            renderer.render(report, options, out);
            out.flush();
        }
        timings.mark("report written");
        PrintWriter err = spec.commandLine().getErr();
        for (PlanReport p : report.plans()) {
            if (!p.valid()) {
                // diagnostics go to stderr as well, so a JSON consumer on stdout still sees a clean document
                p.errors().forEach(e -> err.println(e.format(p.file())));
            }
        }
        err.flush();
        if (report.invalidPlans() > 0) return Main.BAD_INPUT;
        if (level == null) return Main.OK;
        boolean failing = report.plans().stream().flatMap(p -> p.results().stream())
                .filter(r -> !legal || r.forLawyers()).anyMatch(r -> r.failsAt(level));
        return failing ? Main.FINDINGS : Main.OK;
    }

    private static RuleBase join(CompletableFuture<RuleBase> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    private Severity failLevel() {
        return switch (failOn) {
            case "never" -> null;
            case "error", "warning", "info" -> Severity.parse(failOn);
            default -> throw new Main.UserError("--fail-on " + failOn + ": expected error, warning, info or never");
        };
    }

    private Selection selection(Catalogue catalogue) {
        List<String> fams = null;
        if (families != null) {
            fams = families.stream().map(String::trim).map(String::toUpperCase).toList();
            for (String f : fams) if (!Catalogue.FAMILIES.contains(f)) throw new Main.UserError("--family " + f + ": expected one of " + Catalogue.FAMILIES);
        }
        List<String> ids = null;
        if (requirements != null) {
            ids = new ArrayList<>();
            for (String id : requirements) {
                Requirement r = catalogue.find(id.trim()).orElseThrow(() -> new Main.UserError("--requirement " + id + ": no such requirement (see stpcheck rules)"));
                ids.add(r.id());
            }
        }
        return new Selection(fams, ids);
    }

    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.list(in)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                throw new Main.UserError(in + ": no such file or directory");
            }
        }
        if (files.isEmpty()) throw new Main.UserError("no .yaml plan files in " + inputs);
        return files;
    }
}
