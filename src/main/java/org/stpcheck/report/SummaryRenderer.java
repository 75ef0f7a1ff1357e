package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.stpcheck.findings.PlanDigest;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;

import static org.stpcheck.report.Text.safe;

/**
 * The terminal view of a batch, for assurance teams: a plan × family matrix of problem counts,
 * the requirements most often failed or unmet, each plan's gaps, legal flags and plans that did
 * not load — and, first, any internal errors, since they leave results unknown. Per-finding detail
 * is left to the single-plan view, CSV and JSON; at 44 plans it would bury the pattern a reader is
 * looking for. Written from the run's digests once the last plan is in; plan reports are not kept.
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
                write(new BatchSummary(run), out);
            }
        };
    }

    private static void write(BatchSummary s, Writer out) throws IOException {
        out.write(s.totals() + "\n");
        out.write("Selection: " + s.selection() + "\n");
        if (s.internalErrors().iterator().hasNext()) {
            section(out, "INTERNAL ERRORS: results unknown (a defect of stpcheck; please report it)", s.internalErrors(), "none");
        }
        matrix(s, out);
        mostOften(s, out);
        section(out, "Failed or unmet, by plan", s.gaps(), "none");
        section(out, "Plans with legal flags", s.legalFlags(), s.noLegalFlags());
        invalid(s, out);
    }

    /** Column widths in a first pass over the digests, rows written in a second: no row is held. */
    private static void matrix(BatchSummary s, Writer out) throws IOException {
        List<String> families = s.families();
        int[] width = new int[families.size() + 1];
        width[0] = "Plan".length();
        for (int i = 0; i < families.size(); i++) width[i + 1] = families.get(i).length();
        for (PlanDigest p : s.plans()) {
            List<String> row = row(p, families);
            for (int i = 0; i < row.size(); i++) width[i] = Math.max(width[i], row.get(i).length());
        }
        out.write("\n");
        List<String> head = new ArrayList<>(List.of("Plan"));
        head.addAll(families);
        line(head, width, out);
        for (PlanDigest p : s.plans()) line(row(p, families), width, out);
        if (!families.isEmpty()) out.write("(" + s.legend() + ")\n");
    }

    private static List<String> row(PlanDigest p, List<String> families) {
        List<String> row = new ArrayList<>(families.size() + 1);
        row.add(safe(BatchSummary.label(p)) + (p.valid() ? "" : " (invalid)"));
        for (String f : families) row.add(BatchSummary.cell(p, f));
        return row;
    }

    private static void line(List<String> row, int[] width, Writer out) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) line.append("  ");
            line.append(row.get(i)).append(" ".repeat(width[i] - row.get(i).length()));
        }
        out.write(line.toString().stripTrailing() + "\n");
    }

    private static void mostOften(BatchSummary s, Writer out) throws IOException {
        List<BatchSummary.Frequent> all = s.mostOften();
        out.write("\nMost often failed or unmet" + (all.isEmpty() ? ": none\n" : "\n"));
        List<BatchSummary.Frequent> top = all.subList(0, Math.min(BatchSummary.TOP, all.size()));
        int idWidth = top.stream().mapToInt(f -> f.requirement().id().length()).max().orElse(0);
        String of = " of " + s.checkedPlans();
        int countWidth = top.stream().mapToInt(f -> String.valueOf(f.plans()).length()).max().orElse(0);
        for (BatchSummary.Frequent f : top) {
            String n = String.valueOf(f.plans());
            out.write("  " + pad(f.requirement().id(), idWidth) + "  " + " ".repeat(countWidth - n.length()) + n + of + " plans  "
                    + safe(f.requirement().title()) + " (" + f.fail() + " fail, " + f.unmet() + " unmet)\n");
        }
        if (all.size() > top.size()) {
            out.write("  ... and " + Text.plural(all.size() - top.size(), "more requirement") + " failed or unmet somewhere\n");
        }
    }

    private static void section(Writer out, String title, Iterable<BatchSummary.PlanResults> entries, String none) throws IOException {
        out.write("\n" + title + (entries.iterator().hasNext() ? "\n" : ": " + none + "\n"));
        for (BatchSummary.PlanResults e : entries) {
            out.write("  " + safe(BatchSummary.label(e.plan())) + " (" + safe(e.plan().file()) + "): " + BatchSummary.outcomes(e.results()) + "\n");
        }
    }

    private static void invalid(BatchSummary s, Writer out) throws IOException {
        List<PlanDigest> invalid = s.invalid();
        out.write("\nInvalid plans, not checked" + (invalid.isEmpty() ? ": none\n" : "\n"));
        for (PlanDigest p : invalid) {
            String first = p.errors().isEmpty() ? p.file() + ": (no error recorded)" : p.errors().get(0).format(p.file());
            int more = p.errors().size() - 1;
            out.write("  " + safe(first) + (more > 0 ? " (+" + Text.plural(more, "more error") + ")" : "") + "\n");
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
