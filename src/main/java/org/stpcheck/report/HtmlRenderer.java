package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.PlanDigest;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.load.LoadError;

import static org.stpcheck.report.Text.safe;

/**
 * One self-contained HTML page (inline CSS, no script, no external assets) for assurance teams
 * and plan authors. One plan: its results grouped by outcome as {@link TextRenderer} groups them,
 * passes and N/A as ids. Several plans: the batch summary of {@link BatchSummary} first, then each
 * plan's section. {@code --legal}: only what a lawyer must review, by statute.
 *
 * <p>This class builds an {@link HtmlView} of plain strings; the Mustache templates under
 * {@code stpcheck/templates/} place them. {@code {{name}}} escapes HTML, so plan text such as a
 * footprint name cannot inject markup; the templates never use the unescaping forms. Plan text is
 * also {@linkplain TerminalSafe escaped}, since the page may be printed on a terminal.
 *
 * <p>Each plan's section is rendered as its report arrives and set aside in a {@link Spool}; the
 * head, the summary (drawn from the run's digests) and the spooled sections follow at the end.
 */
public final class HtmlRenderer implements Renderer {
    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("stpcheck/templates");
    private static final Outcome[] PROBLEMS = {Outcome.INTERNAL_ERROR, Outcome.FAIL, Outcome.UNMET, Outcome.FLAG};

    @Override
    public PlanWriter open(RunHeader run, Options options, Writer out) {
        return new PlanWriter() {
            private final Spool sections = new Spool(options.scratch());
            private int index;

            @Override
            public void plan(PlanReport p) {
                TEMPLATES.compile("plans.mustache").execute(sections, Map.of("plans", List.of(HtmlRenderer.plan(p, anchor(index++), options))));
            }

            @Override
            public void finish(RunSummary summary) throws IOException {
                TEMPLATES.compile("report-head.mustache").execute(out, page(summary, options));
                sections.copyTo(out);
                TEMPLATES.compile("report-tail.mustache").execute(out, page(summary, options));
                out.flush();
            }

            @Override
            public void close() throws IOException {
                sections.close();
            }
        };
    }

    /** The page around the plans' sections: title, totals, and for a batch the summary. */
    static HtmlView.Page page(RunSummary run, Options options) {
        BatchSummary s = new BatchSummary(run);
        boolean batch = run.plans().size() > 1;
        String title;
        if (options.legalOnly()) title = "Legal review brief";
        else if (batch) title = "STP check summary";
        else title = "STP check: " + safe(BatchSummary.label(run.plans().get(0)));
        String footer = "stpcheck " + JsonRenderer.TOOL_VERSION + (run.catalogue() == null ? "" : " · catalogue configuration "
                + run.catalogue().config().version() + " · " + Text.plural(run.catalogue().size(), "requirement") + " in the catalogue");
        return new HtmlView.Page(title, title, batch ? s.totals() : "", s.selection(), options.legalOnly(),
                batch ? List.of(batch(s, options)) : List.of(), footer);
    }

    /** The same anchors in the summary and the sections: plans in file order. */
    private static String anchor(int index) { return "plan-" + (index + 1); }

    private static HtmlView.Batch batch(BatchSummary s, Options options) {
        List<PlanDigest> plans = s.plans();
        List<String> families = s.families();
        List<HtmlView.MatrixRow> matrix = new ArrayList<>();
        for (PlanDigest p : plans) {
            List<HtmlView.Cell> cells = new ArrayList<>();
            for (String f : families) {
                String cell = BatchSummary.cell(p, f);
                cells.add(new HtmlView.Cell(cell, cellClass(cell)));
            }
            matrix.add(new HtmlView.MatrixRow(safe(BatchSummary.label(p)), anchor(p.index()), !p.valid(), cells));
        }
        List<BatchSummary.Frequent> all = s.mostOften();
        List<HtmlView.Frequent> top = all.subList(0, Math.min(BatchSummary.TOP, all.size())).stream()
                .map(f -> new HtmlView.Frequent(f.requirement().id(), safe(f.requirement().title()), f.plans(), f.fail(), f.unmet()))
                .toList();
        String more = all.size() > top.size()
                ? "… and " + Text.plural(all.size() - top.size(), "more requirement") + " failed or unmet somewhere." : "";
        List<HtmlView.PlanLink> legalFlags = links(s.legalFlags());
        List<HtmlView.Invalid> invalid = s.invalid().stream()
                .map(p -> new HtmlView.Invalid(safe(p.file()), anchor(p.index()), errors(p.file(), p.errors()))).toList();
        return new HtmlView.Batch(families, matrix, s.legend(), top, more, s.checkedPlans(),
                legalFlags, capital(s.noLegalFlags()) + ".", invalid, options.legalOnly(), links(s.internalErrors()));
    }

    private static List<HtmlView.PlanLink> links(Iterable<BatchSummary.PlanResults> entries) {
        List<HtmlView.PlanLink> out = new ArrayList<>();
        for (BatchSummary.PlanResults e : entries) {
            out.add(new HtmlView.PlanLink(safe(BatchSummary.label(e.plan())), safe(e.plan().file()), anchor(e.plan().index()),
                    BatchSummary.outcomes(e.results())));
        }
        return out;
    }

    /** Colours a matrix cell by its worst outcome. */
    private static String cellClass(String cell) {
        if (cell.contains("E") || cell.contains("F")) return "fail";
        if (cell.contains("U")) return "unmet";
        if (cell.contains("G")) return "flag";
        return switch (cell) {
            case "ok" -> "pass";
            case "n/a" -> "na";
            default -> "none";
        };
    }

    private static HtmlView.Plan plan(PlanReport p, String anchor, Options options) {
        String file = safe(p.file());
        if (!p.valid()) {
            return new HtmlView.Plan(anchor, file, false, file, "", "", List.of(), errors(p.file(), p.errors()),
                    List.of(), List.of(), List.of(), List.of(), List.of(), options.legalOnly(), false);
        }
        List<HtmlView.Count> counts = p.outcomes().entrySet().stream()
                .filter(e -> !e.getKey().onlyWhenPresent() || e.getValue() > 0)
                .map(e -> new HtmlView.Count(e.getKey().word().replace('_', ' '), e.getValue(), css(e.getKey()))).toList();
        String code = p.footprintCode() == null ? "" : safe(p.footprintCode());
        String name = safe(p.footprintName());
        if (options.legalOnly()) {
            List<HtmlView.Statute> brief = legal(p, anchor, true);
            return new HtmlView.Plan(anchor, file, true, name, code, String.valueOf(p.asOf()), counts, List.of(),
                    List.of(), List.of(), List.of(), List.of(), brief, true, brief.isEmpty());
        }
        List<HtmlView.Group> groups = new ArrayList<>();
        for (Outcome o : PROBLEMS) {
            // most serious first within an outcome, catalogue order otherwise (a stable sort)
            List<Result> group = p.results().stream().filter(r -> r.outcome() == o)
                    .sorted(Comparator.comparingInt(r -> r.severity().ordinal())).toList();
            if (!group.isEmpty()) groups.add(group(o, group, p, anchor, options.explain()));
        }
        List<HtmlView.Compact> compact = new ArrayList<>();
        List<HtmlView.Note> notes = new ArrayList<>();
        for (Outcome o : new Outcome[] {Outcome.PASS, Outcome.NOT_APPLICABLE, Outcome.WAIVED}) {
            List<Result> group = p.results().stream().filter(r -> r.outcome() == o).toList();
            if (group.isEmpty()) continue;
            if (options.explain()) {
                groups.add(group(o, group, p, anchor, true));
            } else {
                compact.add(new HtmlView.Compact(Text.outcomeLabel(o), css(o), group.size(),
                        group.stream().map(r -> new HtmlView.Id(r.requirement().id(), anchor + "-" + r.requirement().id())).toList()));
            }
        }
        if (!options.explain()) {
            for (Result r : p.results()) {
                if (r.outcome() != Outcome.PASS) continue;
                for (Located l : r.shownFindings(false)) {
                    notes.add(new HtmlView.Note(r.requirement().id(), where(p, l), safe(l.finding().message())));
                }
            }
        }
        return new HtmlView.Plan(anchor, file, true, name, code, String.valueOf(p.asOf()), counts, List.of(),
                groups, compact, notes, legal(p, anchor, false), List.of(), false, false);
    }

    private static HtmlView.Group group(Outcome o, List<Result> results, PlanReport p, String anchor, boolean explain) {
        return new HtmlView.Group(Text.outcomeLabel(o), css(o), results.size(),
                results.stream().map(r -> result(r, p, anchor, r.shownFindings(explain), explain)).toList());
    }

    /**
     * Legal-review results that fail or flag, by statute (the citation where none is named), as
     * {@link PlanReport#legalByStatute} groups them. In the brief each shows its problem findings only.
     */
    private static List<HtmlView.Statute> legal(PlanReport p, String anchor, boolean brief) {
        List<HtmlView.Statute> out = new ArrayList<>();
        for (Map.Entry<String, List<Result>> e : p.legalByStatute().entrySet()) {
            List<HtmlView.ResultView> views = new ArrayList<>();
            for (Result r : e.getValue()) {
                List<Located> findings = brief
                        ? r.shownFindings(false).stream().filter(l -> l.finding().outcome().isProblem()).toList()
                        : List.of();
                views.add(result(r, p, anchor, findings, false));
            }
            out.add(new HtmlView.Statute(safe(e.getKey()), views));
        }
        return out;
    }

    private static HtmlView.ResultView result(Result r, PlanReport p, String anchor, List<Located> findings, boolean explain) {
        var req = r.requirement();
        List<HtmlView.FindingView> fs = new ArrayList<>();
        for (Located l : findings) {
            var f = l.finding();
            String tag = f.outcome() == r.outcome() && f.severity() == r.severity() ? ""
                    : f.outcome().word().replace('_', ' ') + ", " + f.severity().word();
            List<HtmlView.Fact> facts = f.facts().entrySet().stream()
                    .map(e -> new HtmlView.Fact(safe(e.getKey()), safe(Text.value(e.getValue())))).toList();
            boolean rule = explain && f.rule() != null;
            fs.add(new HtmlView.FindingView(where(p, l), safe(l.missing() != null ? l.missing() : l.path()), l.missing() != null,
                    tag, safe(f.message()), facts, rule ? safe(f.rule()) : "", rule ? l.matched().stream().map(Text::safe).toList() : List.of()));
        }
        return new HtmlView.ResultView(anchor + "-" + req.id(), req.id(), safe(req.title()), Text.outcomeLabel(r.outcome()), css(r.outcome()),
                r.severity().word(), req.legalReview(), req.confidence().name(), req.confidence().provisional(),
                fs, r.outcome().isProblem(), safe(req.citation()), safe(req.remedy()));
    }

    private static List<HtmlView.ErrorLine> errors(String file, List<LoadError> errors) {
        List<HtmlView.ErrorLine> out = new ArrayList<>();
        for (LoadError e : errors) {
            out.add(new HtmlView.ErrorLine(safe(file + ":" + e.line() + ":" + e.column()),
                    safe((e.path().isEmpty() ? "" : e.path() + ": ") + e.message())));
        }
        return out;
    }

    private static String where(PlanReport p, Located l) {
        return safe(p.file()) + ":" + l.line() + ":" + l.column();
    }

    /** The class that colours an outcome; an internal error is coloured as a failure (the stylesheet has no rule of its own for it). */
    private static String css(Outcome o) {
        return switch (o) {
            case NOT_APPLICABLE -> "na";
            case INTERNAL_ERROR -> "fail internal-error";
            default -> o.word();
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
