package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.stpcheck.catalogue.Requirement;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.PlanDigest;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;

import static org.stpcheck.report.Text.safe;

/**
 * The terminal view of a batch, for assurance teams: the plans ranked by evidence score with their
 * counts, a plan × family matrix, a requirement × plan view of what each plan lacks, the
 * requirements most often failed or unmet (ties on one line), each plan's gaps, results resting on
 * low-confidence sources, legal flags and plans that did not load — and, first, any internal
 * errors. Every line fits the width ({@link Lines}; names are shortened in tables, never wrapped).
 * Written from the run's digests once the last plan is in; plan reports are not kept.
 */
public final class SummaryRenderer implements Renderer {

    @Override
    public PlanWriter open(RunHeader run, Options options, Writer out) {
        return new PlanWriter() {
            @Override
            public void plan(PlanReport plan) {
                // nothing per plan: the summary is drawn from the digests at the end
            }

            @Override
            public void finish(RunSummary run) throws IOException {
                write(new BatchSummary(run), new Lines(out, options));
            }
        };
    }

    private static void write(BatchSummary s, Lines out) throws IOException {
        out.line(0, s.totals());
        out.line(0, s.provenanceLine());
        out.line(0, "Selection: " + s.selection());
        for (String c : Changes.run(s.run())) out.line(0, 2, safe(c));
        if (s.internalErrors().iterator().hasNext()) {
            section(out, "INTERNAL ERRORS: results unknown (a defect of stpcheck; please report it)", s.internalErrors(), "none");
        }
        ranking(s, out);
        matrix(s, out);
        grid(s, out);
        mostOften(s, out);
        section(out, "Failed or unmet, by plan", s.gaps(), "none");
        lowConfidence(s, out);
        section(out, "Plans with legal flags", s.legalFlags(), s.noLegalFlags());
        invalid(s, out);
    }

    private static final String[] RANK_HEAD = {"#", "Plan", "score", "pass", "fail", "unmet", "flag", "n/a", "low", "as of"};

    /** Plans by evidence score; "low": results resting on a low-confidence source. */
    private static void ranking(BatchSummary s, Lines out) throws IOException {
        List<PlanDigest> ranked = s.ranked();
        if (ranked.isEmpty()) return;
        out.blank();
        out.line(0, 2, "Plans by evidence score: pass or waived, of pass, waived, fail and unmet (flags and N/A not counted)");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(RANK_HEAD));
        int n = 1;
        for (PlanDigest p : ranked) {
            Evidence e = BatchSummary.evidence(p);
            rows.add(List.of(String.valueOf(n++), safe(BatchSummary.label(p)), e.percent(), num(p, Outcome.PASS), num(p, Outcome.FAIL),
                    num(p, Outcome.UNMET), num(p, Outcome.FLAG), num(p, Outcome.NOT_APPLICABLE),
                    String.valueOf(p.lowConfidenceResults()), String.valueOf(p.asOf())));
        }
        table(rows, 1, true, out);
    }

    private static String num(PlanDigest p, Outcome o) { return String.valueOf(p.count(o)); }

    private static void matrix(BatchSummary s, Lines out) throws IOException {
        List<String> families = s.families();
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("Plan"));
        head.addAll(families);
        rows.add(head);
        for (PlanDigest p : s.plans()) {
            List<String> row = new ArrayList<>(List.of(safe(BatchSummary.label(p)) + (p.valid() ? "" : " (invalid)")));
            for (String f : families) row.add(BatchSummary.cell(p, f));
            rows.add(row);
        }
        out.blank();
        table(rows, 0, false, out);
        if (!families.isEmpty()) out.line(0, 1, "(" + s.legend() + ")");
    }

    /**
     * Writes a table whose column {@code shrink} (a name) takes what room the others leave, cut with
     * "…" when it must; with {@code numbers}, the other columns after it align right.
     */
    private static void table(List<List<String>> rows, int shrink, boolean numbers, Lines out) throws IOException {
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) for (int i = 0; i < cols; i++) width[i] = Math.max(width[i], r.get(i).length());
        int others = 0;
        for (int i = 0; i < cols; i++) if (i != shrink) others += width[i] + 2;
        width[shrink] = Math.max(Math.min(width[shrink], out.width() - others), 12);
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                if (i > 0) line.append("  ");
                String cell = i == shrink ? shorten(r.get(i), width[i]) : r.get(i);
                boolean right = numbers && i != shrink && i < cols - 1;
                String pad = " ".repeat(Math.max(0, width[i] - cell.length()));
                line.append(right ? pad + cell : cell + pad);
            }
            out.verbatim(line.toString().stripTrailing());
        }
    }

    static String shorten(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1).stripTrailing() + "…";
    }

    /** Requirement × plan: one character per plan, the plans numbered as ranked; blocks of plans stacked to fit the width. */
    private static void grid(BatchSummary s, Lines out) throws IOException {
        List<PlanDigest> plans = s.ranked();
        List<Requirement> rows = s.gridRows();
        if (plans.isEmpty() || rows.isEmpty()) return;
        out.blank();
        out.line(0, 2, "Which plans lack which evidence: a column per plan, numbered as ranked above (F fail, U unmet, G flag,"
                + " E internal error, . none of these)");
        if (plans.size() > BatchSummary.GRID_PLANS) {
            out.line(2, 2, "(shown for up to " + BatchSummary.GRID_PLANS + " plans; --format csv has every result)");
            return;
        }
        int label = rows.stream().mapToInt(r -> r.id().length()).max().orElse(0) + 2;
        int block = Math.max(10, (out.width() - label - 2) / 10 * 10);
        for (int from = 0; from < plans.size(); from += block) {
            List<PlanDigest> part = plans.subList(from, Math.min(plans.size(), from + block));
            StringBuilder tens = new StringBuilder();
            StringBuilder units = new StringBuilder();
            for (int i = from + 1; i <= from + part.size(); i++) {
                tens.append(i % 10 == 0 || i == from + 1 ? String.valueOf(i / 10 % 10) : " ");
                units.append(i % 10);
            }
            if (from > 0) out.blank();
            out.verbatim((" ".repeat(2 + label) + tens).stripTrailing());
            out.verbatim(" ".repeat(2 + label) + units);
            for (Requirement r : rows) {
                out.verbatim("  " + r.id() + " ".repeat(label - r.id().length()) + BatchSummary.gridRow(r, part));
            }
        }
    }

    private static void mostOften(BatchSummary s, Lines out) throws IOException {
        List<BatchSummary.Tie> ties = s.mostOftenGrouped();
        out.blank();
        out.line(0, "Most often failed or unmet" + (ties.isEmpty() ? ": none" : ", by the number of plans"));
        String of = " of " + s.checkedPlans() + ": ";
        int w = String.valueOf(s.checkedPlans()).length();
        for (BatchSummary.Tie t : ties) {
            String n = String.valueOf(t.plans());
            String head = " ".repeat(w - n.length()) + n + of;
            out.line(2, head.length(), head + t.ids());
        }
    }

    private static void lowConfidence(BatchSummary s, Lines out) throws IOException {
        List<PlanDigest> low = s.lowConfidence();
        out.blank();
        out.line(0, "Results resting on a low-confidence source" + (low.isEmpty() ? ": none" : ""));
        for (PlanDigest p : low) {
            out.line(2, 4, safe(BatchSummary.label(p)) + " (" + safe(p.file()) + "): " + Text.plural(p.lowConfidenceResults(), "result"));
        }
    }

    private static void section(Lines out, String title, Iterable<BatchSummary.PlanResults> entries, String none) throws IOException {
        out.blank();
        out.line(0, title + (entries.iterator().hasNext() ? "" : ": " + none));
        for (BatchSummary.PlanResults e : entries) {
            out.line(2, 4, safe(BatchSummary.label(e.plan())) + " (" + safe(e.plan().file()) + "): " + BatchSummary.outcomes(e.results()));
        }
    }

    private static void invalid(BatchSummary s, Lines out) throws IOException {
        List<PlanDigest> invalid = s.invalid();
        out.blank();
        out.line(0, "Invalid plans, not checked" + (invalid.isEmpty() ? ": none" : ""));
        for (PlanDigest p : invalid) {
            String first = p.errors().isEmpty() ? p.file() + ": (no error recorded)" : p.errors().get(0).format(p.file());
            int more = p.errors().size() - 1;
            out.line(2, 4, safe(first) + (more > 0 ? " (+" + Text.plural(more, "more error") + ")" : ""));
        }
    }
}
