package org.stpcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.catalogue.Severity;
import org.stpcheck.engine.Outcome;
import org.stpcheck.engine.RuleBase;
import org.stpcheck.findings.Checker;
import org.stpcheck.load.FactFilter;
import org.stpcheck.load.PlanLoader;
import org.stpcheck.findings.PlanDigest;
import org.stpcheck.findings.PlanSink;
import org.stpcheck.findings.WaiverUse;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.findings.Selection;
import org.stpcheck.load.TerminalSafe;
import org.stpcheck.report.Renderer;
import org.stpcheck.report.Renderers;
import org.stpcheck.report.ReportOutput;
import org.stpcheck.report.Terminal;
import org.stpcheck.review.Baseline;
import org.stpcheck.review.WaiverFile;
import org.stpcheck.review.Waivers;

/** {@code check}: its options and parameters are declared below, in the order its usage help has always had them. */
final class CheckCommand implements Callable<Integer> {
    private final CommandSpec spec = Commands.spec(this, "check",
            "Check plan files (or every .yaml in a directory) and report every requirement's result.");

    final Value<List<Path>> inputs = Value.list(spec, Path.class, PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("FILE|DIR")
            .description("Plan files, or directories of them."));

    final Value<String> format = Value.of(spec, String.class, OptionSpec.builder("--format").defaultValue("text").paramLabel("FORMAT")
            .description("text, json, csv, markdown, html, sarif or junit (default: ${DEFAULT-VALUE})."));

    final Value<Path> output = Value.of(spec, Path.class, OptionSpec.builder("-o", "--output").paramLabel("FILE")
            .description("Write the report to FILE instead of standard output."));

    final Value<List<String>> families = Value.list(spec, String.class, OptionSpec.builder("--family").splitRegex(",").paramLabel("FAMILY")
            .description("Only these families: PG, RECONF, ACS, S75, COMP, ENG."));

    final Value<List<String>> requirements = Value.list(spec, String.class, OptionSpec.builder("--requirement").splitRegex(",").paramLabel("ID")
            .description("Only these requirements, e.g. PG-03,S75-06."));

    final Value<String> failOn = Value.of(spec, String.class, OptionSpec.builder("--fail-on").defaultValue("error").paramLabel("LEVEL")
            .description("Exit 4 when a result fails, is unmet or flags at this severity or above: error, warning, info or never (default: ${DEFAULT-VALUE})."));

    final Value<Boolean> explain = Value.flag(spec, OptionSpec.builder("--explain")
            .description("Show, for every result, the facts the deciding rule matched."));

    final Value<Boolean> legal = Value.flag(spec, OptionSpec.builder("--legal")
            .description("Only legal-review results that fail or flag, grouped by statute (a lawyer's brief)."));

    final Value<Path> waiversFile = Value.of(spec, Path.class, OptionSpec.builder("--waivers").paramLabel("FILE")
            .description("Accepted deviations (default: waivers.yaml beside the plans, when there is one)."));

    final Value<Path> baselineFile = Value.of(spec, Path.class, OptionSpec.builder("--baseline").paramLabel("REPORT.json")
            .description("Compare with an earlier JSON report: each result says new, resolved, changed or unchanged."));

    final Value<Boolean> failOnNew = Value.flag(spec, OptionSpec.builder("--fail-on-new")
            .description("With --baseline: exit 4 only for new results at or above the --fail-on level."));

    final Value<String> minFactConfidence = Value.of(spec, String.class, OptionSpec.builder("--min-fact-confidence").defaultValue("low").paramLabel("LEVEL")
            .description("Treat plan values whose source is below this confidence as absent: low (everything, the default), medium or high."));

    final Value<Boolean> watch = Value.flag(spec, OptionSpec.builder("--watch")
            .description("Keep running: check again and print the report again each time a plan changes (Ctrl-C to stop)."));

    final Value<String> csvRows = Value.of(spec, String.class, OptionSpec.builder("--csv-rows").defaultValue("results").paramLabel("ROWS")
            .description("CSV only: one row per result (results, the default) or per finding (findings)."));

    final RuleOptions rules = new RuleOptions(spec);

    /** The shipped rule base {@code main} started before the parse, or null ({@link EarlyRuleBase}). */
    private final CompletableFuture<RuleBase> early;

    CheckCommand(CompletableFuture<RuleBase> early) {
        this.early = early;
    }

    CommandSpec spec() {
        return spec;
    }

    /** Built once, and kept across the rounds of --watch: the engine stays warm. */
    private CompletableFuture<RuleBase> ruleBase;

    @Override
    public Integer call() throws IOException {
        if (watch.get()) return new PlanWatcher(inputs.get(), spec.commandLine().getErr()).run(this::checkOnce);
        return checkOnce();
    }

    private Integer checkOnce() {
        Severity level = failLevel();
        String fmt = format.get().trim().toLowerCase(Locale.ROOT);
        if (!Renderers.NAMES.contains(fmt)) {
            throw new Main.UserError("--format " + TerminalSafe.escape(format.get()) + ": expected " + String.join(", ", Renderers.NAMES));
        }
        if (!List.of("results", "findings").contains(rows())) {
            throw new Main.UserError("--csv-rows " + TerminalSafe.escape(csvRows.get()) + ": expected results or findings");
        }
        FactFilter filter;
        try {
            filter = FactFilter.atLeast(minFactConfidence.get());
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("--min-fact-confidence " + TerminalSafe.escape(minFactConfidence.get()) + ": expected low, medium or high");
        }
        if (failOnNew.get() && baselineFile.get() == null) throw new Main.UserError("--fail-on-new needs --baseline REPORT.json");
        // building the rule base is the slowest part of a cold start: do it beside the loading
        PrintWriter err = spec.commandLine().getErr();
        Timings timings = Timings.fromEnvironment(err);
        if (ruleBase == null) {
            java.util.Set<String> needed = neededFamilies();
            // main's early start is taken only when this parse asks for the very rule base it builds
            ruleBase = early != null && rules.rulesDir() == null && needed == null ? early
                    : RuleOptions.building(timings, () -> rules.ruleBase(needed));
        }
        timings.mark("check command");
        Catalogue catalogue = timings.time("catalogue", rules::catalogue);
        Selection selection = selection(catalogue);
        PlanFiles files = PlanFiles.expand(inputs.get());
        files.notes().forEach(n -> err.println("stpcheck: " + n));
        err.flush();
        if (files.files().isEmpty()) throw new Main.UserError("no plan file to check (every .yaml entry was skipped)");
        Waivers waivers = waivers(catalogue, selection, err);
        Baseline baseline = baseline();
        Checker checker = new Checker(catalogue, () -> timings.time("waiting for the rule base", () -> join(ruleBase)), ruleBase::isDone, new PlanLoader(filter));
        RunSummary run = timings.time("check and report " + files.files().size() + " plan(s)", () -> report(checker, files, catalogue, selection, fmt, level, waivers, baseline, timings,
                filter == null ? null : filter.minimum()));
        timings.mark("report written");
        diagnostics(run, err);
        if (run.internalErrors() > 0) return Main.INTERNAL;
        if (run.invalidPlans() > 0 || files.skipped() > 0) return Main.BAD_INPUT;
        if (level == null) return Main.OK;
        return run.failsAt(level, legal.get(), failOnNew.get()) ? Main.FINDINGS : Main.OK;
    }

    /** The waivers named, or those beside the plans; a waivers file with any error stops the run (exit 2). */
    private Waivers waivers(Catalogue catalogue, Selection selection, PrintWriter err) {
        List<Path> paths = waiversFile.get() != null ? List.of(waiversFile.get()) : PlanFiles.waiversBeside(inputs.get());
        if (paths.isEmpty()) return null;
        List<WaiverFile.Entry> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) throw new Main.UserError("--waivers " + TerminalSafe.escape(path.toString()) + ": no such file");
            WaiverFile.Read read = WaiverFile.read(path, id -> catalogue.find(id).map(r -> r.id().equals(id)).orElse(false));
            if (!read.ok()) throw new Main.UserError(String.join("\n", read.formattedErrors()));
            all.addAll(read.waivers());
            names.add(path.toString());
        }
        return new Waivers(names, all, id -> catalogue.find(id).map(selection::includes).orElse(false));
    }

    private Baseline baseline() {
        if (baselineFile.get() == null) return null;
        try {
            return Baseline.read(baselineFile.get());
        } catch (Baseline.NotAReport e) {
            throw new Main.UserError("--baseline " + e.getMessage());
        }
    }

    /**
     * Streams the run into the report: each plan is rendered as it is handed on and then dropped;
     * only its digest stays, for the summary and the exit code. The report is put in place (or
     * flushed) only once complete.
     */
    private RunSummary report(Checker checker, PlanFiles files, Catalogue catalogue, Selection selection, String fmt, Severity level,
                              Waivers waivers, Baseline baseline, Timings timings, String minFactConfidence) {
        Renderer renderer = Renderers.forFormat(fmt);
        RunHeader header = new RunHeader(catalogue, selection, files.files().size(), minFactConfidence);
        RunSummary.Builder digests = new RunSummary.Builder(header);
        try (ReportOutput target = output.get() == null ? ReportOutput.toStream(spec.commandLine().getOut(), "standard output")
                : ReportOutput.toFile(output.get(), files.files())) {
            Renderer.Options options = new Renderer.Options(explain.get(), legal.get(), target.folder(), level)
                    .on(Terminal.decide(System.getenv(), System.console() != null, output.get() != null))
                    .findingRows(rows().equals("findings"));
            RunSummary run;
            try (Renderer.PlanWriter w = renderer.open(header, options, target.writer())) {
                AtomicBoolean first = new AtomicBoolean(true);
                PlanSink sink = plan -> {
                    boolean timed = first.getAndSet(false);
                    if (timed) timings.mark("first plan evaluated");
                    digests.add(plan);
                    w.plan(plan);
                    target.checkpoint();
                    if (timed) timings.mark("first plan reported");
                };
                // baselines compare what the plan says, so they see results before waivers change them
                if (waivers != null) sink = sink.after(waivers);
                if (baseline != null) sink = sink.after(baseline);
                checker.check(files.files(), selection, sink);
                if (waivers != null) digests.waivers(waivers.use());
                if (baseline != null) digests.comparison(baseline.comparison());
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
        WaiverUse w = run.waivers();
        if (w != null) {
            for (WaiverUse.Lapsed x : w.expired()) {
                err.println(TerminalSafe.escape(x.waiver().place() + ": waiver for " + x.waiver().plan() + " " + x.waiver().requirement()
                        + " expired on " + x.waiver().expires() + ", before " + x.planFile() + "'s as_of " + x.asOf() + ": not applied"));
            }
            for (WaiverUse.Entry e : w.unused()) {
                err.println(TerminalSafe.escape(e.place() + ": waiver for " + e.plan() + " " + e.requirement() + " matched no fail, unmet or flag result: unused"));
            }
        }
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
        if (families.get() == null && requirements.get() == null) return null;
        java.util.Set<String> needed = new java.util.HashSet<>();
        List<String> names = families.get() != null ? families.get() : requirements.get().stream().map(id -> id.contains("-") ? id.substring(0, id.lastIndexOf('-')) : id).toList();
        for (String n : names) {
            String f = family(n);
            if (!Catalogue.FAMILIES.contains(f)) return null;
            needed.add(f);
        }
        return needed;
    }

    /** A family (or a requirement id's family) as typed, in the catalogue's case whatever the machine's locale. */
    private static String family(String typed) { return typed.trim().toUpperCase(Locale.ROOT); }

    /** {@code --csv-rows} as typed, in the case its values are compared in. */
    private String rows() { return csvRows.get().trim().toLowerCase(Locale.ROOT); }

    private Severity failLevel() {
        try {
            return Severity.failOn(failOn.get());
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("--fail-on " + failOn.get() + ": " + e.getMessage());
        }
    }

    private Selection selection(Catalogue catalogue) {
        List<String> fams = null;
        if (families.get() != null) {
            fams = families.get().stream().map(CheckCommand::family).toList();
            for (String f : fams) if (!Catalogue.FAMILIES.contains(f)) throw new Main.UserError("--family " + f + ": expected one of " + Catalogue.FAMILIES);
        }
        List<String> ids = null;
        if (requirements.get() != null) {
            ids = new ArrayList<>();
            for (String id : requirements.get()) {
                Requirement r = catalogue.find(id.trim()).orElseThrow(() -> new Main.UserError("--requirement " + id + ": no such requirement (see stpcheck rules)"));
                ids.add(r.id());
            }
        }
        return new Selection(fams, ids);
    }
}
