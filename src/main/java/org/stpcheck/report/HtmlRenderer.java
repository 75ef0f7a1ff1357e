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
import org.stpcheck.findings.RunReport;
import org.stpcheck.load.LoadError;

/**
 * One self-contained HTML page (inline CSS, no script, no external assets) for assurance teams
 * and plan authors. One plan: its results grouped by outcome as {@link TextRenderer} groups them,
 * passes and N/A as ids. Several plans: the batch summary of {@link BatchSummary} first, then each
 * plan's section. {@code --legal}: only what a lawyer must review, by statute.
 *
 * <p>This class builds an {@link HtmlView} of plain strings; the Mustache templates under
 * {@code stpcheck/templates/} place them. {@code {{name}}} escapes HTML, so plan text such as a
 * footprint name cannot inject markup; the templates never use the unescaping forms.
 */
public final class HtmlRenderer implements Renderer {
    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("stpcheck/templates");
    private static final Outcome[] PROBLEMS = {Outcome.FAIL, Outcome.UNMET, Outcome.FLAG};

    @Override
    public void render(RunReport report, Options options, Writer out) throws IOException {
        TEMPLATES.compile("report.mustache").execute(out, page(report, options));
        out.flush();
    }

    static HtmlView.Page page(RunReport report, Options options) {
        BatchSummary s = new BatchSummary(report);
        List<PlanReport> plans = s.plans();
        boolean batch = plans.size() > 1;
        List<HtmlView.Plan> sections = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) sections.add(plan(plans.get(i), anchor(i), options));
        String title;
        if (options.legalOnly()) title = "Legal review brief";
        else if (batch) title = "STP check summary";
        else title = "STP check: " + BatchSummary.label(plans.get(0));
        String footer = "stpcheck " + JsonRenderer.TOOL_VERSION + (report.catalogue() == null ? "" : " · catalogue configuration "
                + report.catalogue().config().version() + " · " + Text.plural(report.catalogue().size(), "requirement") + " in the catalogue");
        return new HtmlView.Page(title, title, batch ? s.totals() : "", s.selection(), options.legalOnly(),
                batch ? List.of(batch(s, options)) : List.of(), sections, footer);
    }

    /** The same anchors in the summary and the sections: plans in file order. */
    private static String anchor(int index) { return "plan-" + (index + 1); }

    private static HtmlView.Batch batch(BatchSummary s, Options options) {
        List<PlanReport> plans = s.plans();
        List<String> families = s.families();
        List<HtmlView.MatrixRow> matrix = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            PlanReport p = plans.get(i);
            List<HtmlView.Cell> cells = new ArrayList<>();
            for (String f : families) {
                String cell = BatchSummary.cell(p, f);
                cells.add(new HtmlView.Cell(cell, cellClass(cell)));
            }
            matrix.add(new HtmlView.MatrixRow(BatchSummary.label(p), anchor(i), !p.valid(), cells));
        }
        List<BatchSummary.Frequent> all = s.mostOften();
        List<HtmlView.Frequent> top = all.subList(0, Math.min(BatchSummary.TOP, all.size())).stream()
                .map(f -> new HtmlView.Frequent(f.requirement().id(), f.requirement().title(), f.plans(), f.fail(), f.unmet()))
                .toList();
        String more = all.size() > top.size()
                ? "… and " + Text.plural(all.size() - top.size(), "more requirement") + " failed or unmet somewhere." : "";
        List<HtmlView.PlanLink> legalFlags = s.legalFlags().stream()
                .map(e -> new HtmlView.PlanLink(BatchSummary.label(e.plan()), e.plan().file(), anchor(plans.indexOf(e.plan())),
                        BatchSummary.outcomes(e.results())))
                .toList();
        List<HtmlView.Invalid> invalid = s.invalid().stream()
                .map(p -> new HtmlView.Invalid(p.file(), anchor(plans.indexOf(p)), errors(p))).toList();
        return new HtmlView.Batch(families, matrix, BatchSummary.LEGEND, top, more, s.checkedPlans(),
                legalFlags, capital(s.noLegalFlags()) + ".", invalid, options.legalOnly());
    }

    /** Colours a matrix cell by its worst outcome. */
    private static String cellClass(String cell) {
        if (cell.contains("F")) return "fail";
        if (cell.contains("U")) return "unmet";
        if (cell.contains("G")) return "flag";
        return switch (cell) {
            case "ok" -> "pass";
            case "n/a" -> "na";
            default -> "none";
        };
    }

    private static HtmlView.Plan plan(PlanReport p, String anchor, Options options) {
        if (!p.valid()) {
            return new HtmlView.Plan(anchor, p.file(), false, p.file(), "", "", List.of(), errors(p),
                    List.of(), List.of(), List.of(), List.of(), List.of(), options.legalOnly(), false);
        }
        List<HtmlView.Count> counts = p.outcomes().entrySet().stream()
                .filter(e -> e.getKey() != Outcome.WAIVED || e.getValue() > 0)
                .map(e -> new HtmlView.Count(e.getKey().word().replace('_', ' '), e.getValue(), css(e.getKey()))).toList();
        String code = p.footprintCode() == null ? "" : p.footprintCode();
        if (options.legalOnly()) {
            List<HtmlView.Statute> brief = legal(p, anchor, true);
            return new HtmlView.Plan(anchor, p.file(), true, p.footprintName(), code, String.valueOf(p.asOf()), counts, List.of(),
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
                    notes.add(new HtmlView.Note(r.requirement().id(), where(p, l), l.finding().message()));
                }
            }
        }
        return new HtmlView.Plan(anchor, p.file(), true, p.footprintName(), code, String.valueOf(p.asOf()), counts, List.of(),
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
            out.add(new HtmlView.Statute(e.getKey(), views));
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
                    .map(e -> new HtmlView.Fact(e.getKey(), Text.value(e.getValue()))).toList();
            boolean rule = explain && f.rule() != null;
            fs.add(new HtmlView.FindingView(where(p, l), l.missing() != null ? l.missing() : l.path(), l.missing() != null,
                    tag, f.message(), facts, rule ? f.rule() : "", rule ? l.matched() : List.of()));
        }
        return new HtmlView.ResultView(anchor + "-" + req.id(), req.id(), req.title(), Text.outcomeLabel(r.outcome()), css(r.outcome()),
                r.severity().word(), req.legalReview(), req.confidence().name(), req.confidence().provisional(),
                fs, r.outcome().isProblem(), req.citation(), req.remedy());
    }

    private static List<HtmlView.ErrorLine> errors(PlanReport p) {
        List<HtmlView.ErrorLine> out = new ArrayList<>();
        for (LoadError e : p.errors()) {
            out.add(new HtmlView.ErrorLine(p.file() + ":" + e.line() + ":" + e.column(),
                    (e.path().isEmpty() ? "" : e.path() + ": ") + e.message()));
        }
        return out;
    }

    private static String where(PlanReport p, Located l) {
        return p.file() + ":" + l.line() + ":" + l.column();
    }

    private static String css(Outcome o) {
        return o == Outcome.NOT_APPLICABLE ? "na" : o.word();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
