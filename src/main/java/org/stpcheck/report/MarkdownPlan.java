package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.LegalBrief;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.Suggestions;
import org.stpcheck.load.LoadError;
import org.stpcheck.load.Suggestion;
import org.stpcheck.load.TerminalSafe;

import static org.stpcheck.report.MarkdownRenderer.code;
import static org.stpcheck.report.MarkdownRenderer.text;

/**
 * One plan in the Markdown briefing: its results grouped by outcome, most serious first, each
 * finding with its message, {@code file:line:column}, facts, a low-confidence source, and the YAML
 * to add in a fenced block; the citation and what to do under each result; passes and N/A as ids.
 * Or, with {@code --legal}, its legal brief by statute (as {@link LegalText}).
 */
final class MarkdownPlan {
    private MarkdownPlan() {}

    private static final Outcome[] ORDER = {Outcome.INTERNAL_ERROR, Outcome.FAIL, Outcome.UNMET, Outcome.FLAG};

    static void plan(PlanReport p, Renderer.Options options, Writer out) throws IOException {
        if (!heading(p, out)) return;
        out.write(text(Text.counts(p.outcomes()) + "; " + Evidence.of(p.outcomes()).sentence()) + "\n");
        for (String c : Changes.plan(p)) out.write("\n" + text(c) + "\n");
        for (Outcome o : ORDER) {
            List<Result> group = p.results().stream().filter(r -> r.outcome() == o)
                    .sorted((a, b) -> Integer.compare(a.severity().ordinal(), b.severity().ordinal())).toList();
            if (group.isEmpty()) continue;
            out.write("\n#### " + Text.outcomeLabel(o) + " (" + group.size() + ")\n\n");
            for (Result r : group) result(p, r, options.explain(), out);
        }
        List<String> weak = Text.lowSources(p);
        if (!weak.isEmpty()) {
            out.write("\n#### Resting on low-confidence sources (" + weak.size() + ")\n\n");
            for (String w : weak) out.write("- " + text(w) + "\n");
        }
        for (Outcome o : new Outcome[] {Outcome.PASS, Outcome.WAIVED, Outcome.NOT_APPLICABLE}) {
            List<Result> group = p.results().stream().filter(r -> r.outcome() == o).toList();
            if (group.isEmpty()) continue;
            if (options.explain()) {
                out.write("\n#### " + Text.outcomeLabel(o) + " (" + group.size() + ")\n\n");
                for (Result r : group) result(p, r, true, out);
            } else {
                out.write("\n**" + Text.outcomeLabel(o) + " (" + group.size() + "):** " + LegalText.ids(group) + "\n");
            }
        }
    }

    /** The plan's heading; false (after its errors) for a plan that did not load. */
    private static boolean heading(PlanReport p, Writer out) throws IOException {
        if (!p.valid()) {
            out.write("\n### " + code(p.file()) + " — invalid, not checked\n\n");
            for (LoadError e : p.errors()) out.write("- " + code(p.file() + ":" + e.line() + ":" + e.column()) + " "
                    + text((e.path().isEmpty() ? "" : e.path() + ": ") + e.message()) + "\n");
            return false;
        }
        out.write("\n### " + text(p.footprintName()) + (p.footprintCode() == null ? "" : " (" + text(p.footprintCode()) + ")") + "\n\n");
        out.write(code(p.file()) + ", as of " + p.asOf() + "  \n");
        return true;
    }

    private static void result(PlanReport p, Result r, boolean explain, Writer out) throws IOException {
        var req = r.requirement();
        String mark = Changes.mark(r);
        out.write("- **" + req.id() + "** " + text(req.title()) + " — " + (mark.isEmpty() ? "" : "*" + mark + "*, ") + r.severity().word() + (req.legalReview() ? ", legal review" : "")
                + ", confidence " + req.confidence() + (req.confidence().provisional() ? " (provisional — verify the source)" : "") + "\n");
        List<String> written = new ArrayList<>();
        for (Located l : r.shownFindings(explain)) {
            String tag = Text.findingTag(r, l);
            out.write("  - " + code(p.file() + ":" + l.line() + ":" + l.column()) + " " + (tag.isEmpty() ? "" : "*(" + tag + ")* ")
                    + text(l.finding().message()) + "\n");
            if (!l.finding().facts().isEmpty()) out.write("    - facts: " + text(Text.facts(l.finding().facts())) + "\n");
            String source = Text.lowSource(l);
            if (source != null) out.write("    - " + text(source) + "\n");
            Suggestion s = Suggestions.of(l, req).orElse(null);
            if (s != null) {
                String key = s.path() + "\n" + s.yaml();
                if (written.contains(key)) {
                    out.write("    - add: the YAML above\n");
                } else {
                    written.add(key);
                    out.write("    - add " + (s.path().isEmpty() ? "at the top level of the file" : "under " + code(s.path() + ":")) + "\n\n");
                    out.write("      ```yaml\n");
                    for (String line : s.yaml().strip().split("\n")) out.write("      " + TerminalSafe.escape(line) + "\n");
                    out.write("      ```\n\n");
                }
            }
        }
        if (r.outcome().isProblem() || r.outcome() == Outcome.INTERNAL_ERROR) {
            out.write("  - *Citation:* " + text(req.citation()) + "\n");
            out.write("  - *Remedy:* " + text(req.remedy()) + "\n");
        }
    }

    /** The legal brief of one plan: per statute, for review, not evidenced, scope. */
    static void legal(PlanReport p, Writer out) throws IOException {
        if (!heading(p, out)) return;
        LegalBrief brief = LegalBrief.of(p);
        if (brief.isEmpty()) {
            out.write("\nNo legal-review requirement was in the selection, so this brief clears nothing.\n");
            return;
        }
        for (LegalBrief.Statute s : brief.statutes().values()) {
            out.write("\n#### " + text(s.name()) + "\n\n");
            if (!s.review().isEmpty()) legalItems(p, "For review: fails or flags", s.review(), out);
            if (!s.unmet().isEmpty()) legalItems(p, LegalText.NOT_EVIDENCED, s.unmet(), out);
            if (!s.unknown().isEmpty()) legalItems(p, "Unknown: a rule failed (a defect of stpcheck)", s.unknown(), out);
            out.write("*" + text(LegalText.scope(s)) + "*\n");
        }
    }

    private static void legalItems(PlanReport p, String title, List<Result> rs, Writer out) throws IOException {
        out.write("**" + text(title) + "**\n\n");
        for (Result r : rs) {
            var req = r.requirement();
            out.write("- **" + req.id() + "** " + Text.outcomeLabel(r.outcome()) + " (" + r.severity().word() + ") — " + text(req.title())
                    + "; confidence " + req.confidence() + (req.confidence().provisional() ? " (provisional — verify the source)" : "") + "\n");
            out.write("  - *Citation:* " + text(req.citation()) + "\n");
            for (Located l : r.shownFindings(false)) {
                if (!l.finding().outcome().isProblem()) continue;
                out.write("  - " + text(l.finding().message()) + " — " + code(p.file() + ":" + l.line()) + " ("
                        + code(l.missing() != null ? l.missing() : l.path()) + ")\n");
                for (String fact : FactWords.of(l.finding().facts(), l.path())) out.write("    - " + text(fact) + "\n");
                String source = Text.lowSource(l);
                if (source != null) out.write("    - " + text(source) + "\n");
            }
        }
        out.write("\n");
    }
}
