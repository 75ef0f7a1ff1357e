package org.stpcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.catalogue.Severity;
import org.stpcheck.engine.Outcome;
import org.stpcheck.engine.RuleBase;
import org.stpcheck.findings.Checker;
import org.stpcheck.findings.PlanDigest;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.findings.Selection;
import org.stpcheck.report.Renderer;
import org.stpcheck.report.Renderers;
import org.stpcheck.report.ReportOutput;
import org.stpcheck.report.TerminalSafe;

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

    private Integer checkOnce() {
        Severity level = failLevel();
        if (!List.of("text", "json", "csv", "markdown", "html").contains(format)) {
            throw new Main.UserError("--format " + TerminalSafe.escape(format) + ": expected text, json, csv, markdown or html");
        }
        // building the rule base is the slowest part of a cold start: do it beside the loading
        PrintWriter err = spec.commandLine().getErr();
        Timings timings = new Timings(System.getenv("STPCHECK_TIMING") != null, err);
        if (ruleBase == null) {
            java.util.Set<String> needed = neededFamilies();
            ruleBase = CompletableFuture.supplyAsync(() -> timings.time("rule base (other thread)", () -> rules.ruleBase(needed)));
        }
        Catalogue catalogue = timings.time("catalogue", rules::catalogue);
        Selection selection = selection(catalogue);
        PlanFiles files = PlanFiles.expand(inputs);
        files.notes().forEach(n -> err.println("stpcheck: " + n));
        err.flush();
        if (files.files().isEmpty()) throw new Main.UserError("no plan file to check (every .yaml entry was skipped)");
        Checker checker = new Checker(catalogue, () -> timings.time("waiting for the rule base", () -> join(ruleBase)));
        RunSummary run = timings.time("check and report " + files.files().size() + " plan(s)", () -> report(checker, files, catalogue, selection));
        timings.mark("report written");
        diagnostics(run, err);
        if (run.internalErrors() > 0) return Main.INTERNAL;
        if (run.invalidPlans() > 0 || files.skipped() > 0) return Main.BAD_INPUT;
        if (level == null) return Main.OK;
        return run.failsAt(level, legal) ? Main.FINDINGS : Main.OK;
    }

    /**
     * Streams the run into the report: each plan is rendered as it is handed on and then dropped;
     * only its digest stays, for the summary and the exit code. The report is put in place (or
     * flushed) only once complete.
     */
    private RunSummary report(Checker checker, PlanFiles files, Catalogue catalogue, Selection selection) {
        Renderer renderer = Renderers.forFormat(format);
        RunHeader header = new RunHeader(catalogue, selection, files.files().size());
        RunSummary.Builder digests = new RunSummary.Builder(header);
        try (ReportOutput target = output == null ? ReportOutput.toStream(spec.commandLine().getOut(), "standard output")
                : ReportOutput.toFile(output, files.files())) {
            Renderer.Options options = new Renderer.Options(explain, legal, target.folder());
            RunSummary run;
            try (Renderer.PlanWriter w = renderer.open(header, options, target.writer())) {
                checker.check(files.files(), selection, plan -> {
                    digests.add(plan);
                    w.plan(plan);
                    target.checkpoint();
                });
                run = digests.build();
                w.finish(run);
            }
            target.commit();
            return run;
        } catch (IOException e) {
            // every I/O of this phase is the report's: the plans are read by the loader, which reports its own failures
            throw new Main.UserError(e.getMessage());
        }
    }

    /** Diagnostics go to stderr as well, so a JSON consumer on stdout still sees a clean document. */
    private static void diagnostics(RunSummary run, PrintWriter err) {
        for (PlanDigest p : run.plans()) {
            if (!p.valid()) p.errors().forEach(e -> err.println(TerminalSafe.escape(e.format(p.file()))));
            for (PlanDigest.Mark m : p.marks()) {
                if (m.outcome() != Outcome.INTERNAL_ERROR) continue;
                err.println("stpcheck: internal error: " + TerminalSafe.escape(p.file()) + ": the result of " + m.requirement().id()
                        + " is unknown because a rule failed; the report says which and why (a defect of stpcheck: please report it)");
            }
        }
        err.flush();
    }

    private static RuleBase join(CompletableFuture<RuleBase> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /**
     * The families whose rules the selection can need (issue 12: only those are built), or null for
     * all; a name that is not a family is left to {@link #selection} to refuse.
     */
    private java.util.Set<String> neededFamilies() {
        if (families == null && requirements == null) return null;
        java.util.Set<String> needed = new java.util.HashSet<>();
        List<String> names = families != null ? families : requirements.stream().map(id -> id.contains("-") ? id.substring(0, id.lastIndexOf('-')) : id).toList();
        for (String n : names) {
            String f = n.trim().toUpperCase(java.util.Locale.ROOT);
            if (!Catalogue.FAMILIES.contains(f)) return null;
            needed.add(f);
        }
        return needed;
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
}
