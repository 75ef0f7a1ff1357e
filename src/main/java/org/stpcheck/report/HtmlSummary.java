package org.stpcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.stpcheck.catalogue.Requirement;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.PlanDigest;
import org.stpcheck.findings.PlanDigest.Mark;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;

import static org.stpcheck.report.Text.safe;

/**
 * The HTML batch summary as a view ({@link HtmlView.Batch}), from the run's digests: ranking by
 * evidence score, matrix, requirement × plan view, ties, low-confidence sources, legal flags,
 * invalid plans. Also the two things the summary and the plans' sections must agree on: a plan's
 * anchor and the tokens the page's filter reads.
 */
final class HtmlSummary {
    private HtmlSummary() {}

    /** {@code plan-<plan id>}, so a link names the plan; a plan that did not load has no id, so its position stands in. */
    static String anchor(String planId, int index) {
        return planId == null ? "file-" + (index + 1) : "plan-" + planId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /**
     * What the filter matches a plan on: one token per fail, unmet, flag or internal-error result,
     * {@code FAMILY:outcome:legal} ({@code legal} 1 for a legal-review requirement), space-separated
     * and sorted; the same from a digest and from a report.
     */
    static String marks(PlanDigest p) {
        TreeSet<String> t = new TreeSet<>();
        for (Mark m : p.marks()) t.add(token(m.requirement(), m.outcome()));
        return String.join(" ", t);
    }

    static String marks(PlanReport p) {
        TreeSet<String> t = new TreeSet<>();
        for (Result r : p.results()) if (r.outcome().isProblem() || r.outcome() == Outcome.INTERNAL_ERROR) t.add(token(r.requirement(), r.outcome()));
        return String.join(" ", t);
    }

    private static String token(Requirement r, Outcome o) {
        return r.family() + ":" + o.word() + ":" + (r.legalReview() ? 1 : 0);
    }

    static HtmlView.Batch batch(BatchSummary s, Renderer.Options options) {
        List<String> families = s.families();
        List<HtmlView.MatrixRow> matrix = new ArrayList<>();
        for (PlanDigest p : s.plans()) {
            List<HtmlView.Cell> cells = new ArrayList<>();
            for (String f : families) {
                String cell = BatchSummary.cell(p, f);
                cells.add(new HtmlView.Cell(cell, cellClass(cell)));
            }
            matrix.add(new HtmlView.MatrixRow(safe(BatchSummary.label(p)), anchor(p.planId(), p.index()), !p.valid(), cells, marks(p)));
        }
        List<PlanDigest> ranked = s.ranked();
        List<HtmlView.RankRow> ranking = new ArrayList<>();
        int n = 1;
        for (PlanDigest p : ranked) {
            ranking.add(new HtmlView.RankRow(n++, safe(BatchSummary.label(p)), anchor(p.planId(), p.index()), BatchSummary.evidence(p).percent(),
                    p.count(Outcome.PASS), p.count(Outcome.FAIL), p.count(Outcome.UNMET), p.count(Outcome.FLAG),
                    p.count(Outcome.NOT_APPLICABLE), p.lowConfidenceResults(), String.valueOf(p.asOf()), marks(p)));
        }
        List<HtmlView.GridRow> grid = new ArrayList<>();
        List<String> head = new ArrayList<>();
        String gridNote = "";
        if (ranked.size() > BatchSummary.GRID_PLANS) {
            gridNote = "Shown for up to " + BatchSummary.GRID_PLANS + " plans; the CSV report has every result.";
        } else {
            for (int i = 1; i <= ranked.size(); i++) head.add(String.valueOf(i));
            for (Requirement r : s.gridRows()) {
                String row = BatchSummary.gridRow(r, ranked);
                List<HtmlView.Cell> cells = new ArrayList<>();
                for (char c : row.toCharArray()) cells.add(new HtmlView.Cell(String.valueOf(c), gridClass(c)));
                grid.add(new HtmlView.GridRow(r.id(), safe(r.title()), cells));
            }
        }
        List<HtmlView.Tie> ties = s.mostOftenGrouped().stream().map(t -> new HtmlView.Tie(t.plans(), t.ids())).toList();
        List<HtmlView.PlanLink> low = s.lowConfidence().stream().map(p -> new HtmlView.PlanLink(safe(BatchSummary.label(p)), safe(p.file()),
                anchor(p.planId(), p.index()), Text.plural(p.lowConfidenceResults(), "result"))).toList();
        List<HtmlView.Invalid> invalid = s.invalid().stream()
                .map(p -> new HtmlView.Invalid(safe(p.file()), anchor(p.planId(), p.index()), HtmlRenderer.errors(p.file(), p.errors()))).toList();
        String none = s.noLegalFlags();
        return new HtmlView.Batch(families, matrix, s.legend(), ties, s.checkedPlans(), ranking, grid, head, gridNote, low,
                links(s.legalFlags()), Character.toUpperCase(none.charAt(0)) + none.substring(1) + ".", invalid, options.legalOnly(),
                links(s.internalErrors()));
    }

    private static List<HtmlView.PlanLink> links(Iterable<BatchSummary.PlanResults> entries) {
        List<HtmlView.PlanLink> out = new ArrayList<>();
        for (BatchSummary.PlanResults e : entries) {
            out.add(new HtmlView.PlanLink(safe(BatchSummary.label(e.plan())), safe(e.plan().file()), anchor(e.plan().planId(), e.plan().index()),
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

    private static String gridClass(char c) {
        return switch (c) {
            case 'E', 'F' -> "fail";
            case 'U' -> "unmet";
            case 'G' -> "flag";
            default -> "none";
        };
    }
}
