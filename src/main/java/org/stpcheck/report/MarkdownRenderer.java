package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.stpcheck.catalogue.Requirement;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.PlanDigest;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.load.LoadError;
import org.stpcheck.load.TerminalSafe;

/**
 * A briefing in Markdown (GitHub flavour), to paste into a paper or a wiki. A batch opens with the
 * summary the text view gives (ranking by evidence score, matrix, requirement × plan view, most
 * often failed or unmet, low-confidence sources, legal flags, invalid plans); then every plan's
 * results with messages, locations, citations and the YAML to add ({@link MarkdownPlan}), set aside
 * in a {@link Spool} until the summary is known. With {@code --legal}, each plan's legal brief. Plan
 * and catalogue text is escaped, since a stray {@code |} would split a table cell and a {@code *} or
 * {@code _} would restyle a name.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public PlanWriter open(RunHeader run, Options options, Writer out) {
        return new PlanWriter() {
            private final Spool plans = new Spool(options.scratch());

            @Override
            public void plan(PlanReport p) throws IOException {
                if (options.legalOnly()) MarkdownPlan.legal(p, plans);
                else MarkdownPlan.plan(p, options, plans);
            }

            @Override
            public void finish(RunSummary run) throws IOException {
                write(new BatchSummary(run), options, out);
                out.write(run.plans().size() > 1 || options.legalOnly() ? "\n## " + (options.legalOnly() ? "Legal review, by plan" : "Plans") + "\n" : "");
                plans.copyTo(out);
            }

            @Override
            public void close() throws IOException {
                plans.close();
            }
        };
    }

    private static void write(BatchSummary s, Options options, Writer out) throws IOException {
        boolean batch = s.plans().size() > 1;
        out.write(options.legalOnly() ? "# Legal review brief\n\n" : batch ? "# STP check summary\n\n"
                : "# STP check: " + text(BatchSummary.label(s.plans().get(0))) + "\n\n");
        out.write("**" + text(s.totals()) + "**  \n");
        out.write(text(s.provenanceLine()) + "  \n");
        out.write("Selection: " + text(s.selection()) + "\n");
        List<String> changes = Changes.run(s.run());
        if (!changes.isEmpty()) {
            out.write("\n## What changed\n\n");
            for (String c : changes) out.write("- " + text(c) + "\n");
        }
        if (options.legalOnly()) out.write("\n" + text(Text.CONFIDENCE_KEY) + "\n");
        if (s.internalErrors().iterator().hasNext()) {
            plans(out, "Internal errors: results unknown (a defect of stpcheck; please report it)", s.internalErrors(), "none");
        }
        if (!batch) return;
        if (!options.legalOnly()) {
            ranking(s, out);
            matrix(s, out);
            grid(s, out);
            mostOften(s, out);
            plans(out, "Failed or unmet, by plan", s.gaps(), "none");
            lowConfidence(s, out);
        }
        plans(out, "Plans with legal flags", s.legalFlags(), s.noLegalFlags());
        invalid(s, out);
    }

    private static void ranking(BatchSummary s, Writer out) throws IOException {
        out.write("\n## Plans by evidence score\n\nScore: pass or waived, of pass, waived, fail and unmet (flags and N/A not counted)."
                + " Low: results resting on a low-confidence source.\n\n");
        out.write("| # | Plan | Score | Pass | Fail | Unmet | Flag | N/A | Low | As of |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        int n = 1;
        for (PlanDigest p : s.ranked()) {
            out.write("| " + n++ + " | " + text(BatchSummary.label(p)) + " | " + BatchSummary.evidence(p).percent() + " | " + p.count(Outcome.PASS)
                    + " | " + p.count(Outcome.FAIL) + " | " + p.count(Outcome.UNMET) + " | " + p.count(Outcome.FLAG)
                    + " | " + p.count(Outcome.NOT_APPLICABLE) + " | " + p.lowConfidenceResults() + " | " + p.asOf() + " |\n");
        }
    }

    private static void matrix(BatchSummary s, Writer out) throws IOException {
        List<String> families = s.families();
        out.write("\n## Outcomes by plan and family\n\n");
        if (families.isEmpty()) {
            out.write("No plan was checked.\n");
            return;
        }
        StringBuilder head = new StringBuilder("| Plan |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (String f : families) {
            head.append(' ').append(text(f)).append(" |");
            rule.append(" --- |");
        }
        out.write(head + "\n" + rule + "\n");
        for (PlanDigest p : s.plans()) {
            StringBuilder row = new StringBuilder("| ").append(text(BatchSummary.label(p))).append(p.valid() ? "" : " (invalid)").append(" |");
            for (String f : families) row.append(' ').append(BatchSummary.cell(p, f)).append(" |");
            out.write(row + "\n");
        }
        out.write("\n" + text(s.legend()) + "\n");
    }

    /** The requirement × plan view as a fixed-width block: plans numbered as ranked. */
    private static void grid(BatchSummary s, Writer out) throws IOException {
        List<PlanDigest> plans = s.ranked();
        List<Requirement> rows = s.gridRows();
        if (rows.isEmpty()) return;
        out.write("\n## Which plans lack which evidence\n\nA column per plan, numbered as ranked above: F fail, U unmet, G flag,"
                + " E internal error, . none of these.\n\n");
        if (plans.size() > BatchSummary.GRID_PLANS) {
            out.write("Shown for up to " + BatchSummary.GRID_PLANS + " plans; the CSV report has every result.\n");
            return;
        }
        int label = rows.stream().mapToInt(r -> r.id().length()).max().orElse(0) + 2;
        StringBuilder tens = new StringBuilder();
        StringBuilder units = new StringBuilder();
        for (int i = 1; i <= plans.size(); i++) {
            tens.append(i % 10 == 0 || i == 1 ? String.valueOf(i / 10 % 10) : " ");
            units.append(i % 10);
        }
        out.write("```\n" + (" ".repeat(label) + tens).stripTrailing() + "\n" + " ".repeat(label) + units + "\n");
        for (Requirement r : rows) out.write(r.id() + " ".repeat(label - r.id().length()) + BatchSummary.gridRow(r, plans) + "\n");
        out.write("```\n");
    }

    private static void mostOften(BatchSummary s, Writer out) throws IOException {
        List<BatchSummary.Tie> ties = s.mostOftenGrouped();
        out.write("\n## Most often failed or unmet\n\n");
        if (ties.isEmpty()) {
            out.write("None.\n");
            return;
        }
        for (BatchSummary.Tie t : ties) {
            out.write("- **" + t.plans() + " of " + s.checkedPlans() + " plans:** " + text(t.ids()) + "\n");
        }
    }

    private static void lowConfidence(BatchSummary s, Writer out) throws IOException {
        out.write("\n## Results resting on a low-confidence source\n\n");
        List<PlanDigest> low = s.lowConfidence();
        if (low.isEmpty()) out.write("None.\n");
        for (PlanDigest p : low) {
            out.write("- **" + text(BatchSummary.label(p)) + "** (" + code(p.file()) + "): " + Text.plural(p.lowConfidenceResults(), "result") + "\n");
        }
    }

    private static void plans(Writer out, String title, Iterable<BatchSummary.PlanResults> entries, String none) throws IOException {
        out.write("\n## " + title + "\n\n");
        if (!entries.iterator().hasNext()) {
            out.write(text(Character.toUpperCase(none.charAt(0)) + none.substring(1)) + ".\n");
            return;
        }
        for (BatchSummary.PlanResults e : entries) {
            out.write("- **" + text(BatchSummary.label(e.plan())) + "** (" + code(e.plan().file()) + "): "
                    + text(BatchSummary.outcomes(e.results())) + "\n");
        }
    }

    private static void invalid(BatchSummary s, Writer out) throws IOException {
        List<PlanDigest> invalid = s.invalid();
        out.write("\n## Invalid plans, not checked\n\n");
        if (invalid.isEmpty()) {
            out.write("None.\n");
            return;
        }
        for (PlanDigest p : invalid) {
            if (p.errors().isEmpty()) {
                out.write("- " + code(p.file()) + ": no error recorded\n");
                continue;
            }
            LoadError e = p.errors().get(0);
            int more = p.errors().size() - 1;
            out.write("- " + code(p.file() + ":" + e.line() + ":" + e.column()) + ": " + text((e.path().isEmpty() ? "" : e.path() + ": ") + e.message())
                    + (more > 0 ? " (+" + Text.plural(more, "more error") + ")" : "") + "\n");
        }
    }

    /**
     * Inline text that renders as written, inside a table cell or not: line breaks become spaces,
     * other control characters are {@linkplain TerminalSafe escaped}, and Markdown's own marks are
     * backslash-escaped (the escapes' backslashes too, so a reader sees {@code \e[31m}).
     */
    static String text(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : TerminalSafe.escape(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')).toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    /** A file name as code (used outside tables only, where a code span needs no escaping but a terminal's). */
    static String code(String s) {
        String safe = TerminalSafe.escape(s);
        return safe.contains("`") ? text(s) : "`" + safe + "`";
    }
}
