package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.stpcheck.findings.PlanDigest;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.load.LoadError;

/**
 * A batch briefing in Markdown (GitHub flavour), to paste into a paper or a wiki: the same
 * content as the text summary, as tables and lists. Plan and catalogue text is escaped, since a
 * stray {@code |} would split a table cell and a {@code *} or {@code _} would restyle a name.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public PlanWriter open(RunHeader run, Options options, Writer out) {
        return new PlanWriter() {
            @Override
            public void plan(PlanReport plan) {
                // nothing per plan: the briefing is drawn from the digests at the end
            }

            @Override
            public void finish(RunSummary run) throws IOException {
                write(new BatchSummary(run), out);
            }
        };
    }

    private static void write(BatchSummary s, Writer out) throws IOException {
        out.write("# STP check summary\n\n");
        out.write("**" + text(s.totals()) + "**  \n");
        out.write("Selection: " + text(s.selection()) + "\n");
        if (s.internalErrors().iterator().hasNext()) {
            plans(out, "Internal errors: results unknown (a defect of stpcheck; please report it)", s.internalErrors(), "none");
        }
        matrix(s, out);
        mostOften(s, out);
        plans(out, "Failed or unmet, by plan", s.gaps(), "none");
        plans(out, "Plans with legal flags", s.legalFlags(), s.noLegalFlags());
        invalid(s, out);
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

    private static void mostOften(BatchSummary s, Writer out) throws IOException {
        List<BatchSummary.Frequent> all = s.mostOften();
        out.write("\n## Most often failed or unmet\n\n");
        if (all.isEmpty()) {
            out.write("None.\n");
            return;
        }
        List<BatchSummary.Frequent> top = all.subList(0, Math.min(BatchSummary.TOP, all.size()));
        int n = 1;
        for (BatchSummary.Frequent f : top) {
            out.write(n++ + ". **" + text(f.requirement().id()) + "** " + text(f.requirement().title()) + " — "
                    + f.plans() + " of " + s.checkedPlans() + " plans (" + f.fail() + " fail, " + f.unmet() + " unmet)\n");
        }
        if (all.size() > top.size()) {
            out.write("\n… and " + Text.plural(all.size() - top.size(), "more requirement") + " failed or unmet somewhere.\n");
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
