package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.findings.Suggestions;
import org.stpcheck.load.LoadError;
import org.stpcheck.load.Suggestion;
import org.stpcheck.load.TerminalSafe;

import static org.stpcheck.report.Text.safe;

/**
 * The terminal report for plan authors: per plan, results grouped by outcome, most serious first;
 * each finding with {@code file:line}, what triggered it, where its value comes from when that is a
 * low-confidence source, the YAML to add, the citation and what to do. Passes and not-applicable
 * results are listed by id only. A legal section indexes what a lawyer must review; {@code --legal}
 * writes the brief instead ({@link LegalText}). A run of several plans is summarised by
 * {@link SummaryRenderer}. Lines wrap to the terminal's width ({@link Lines}); plan text and file
 * names are {@linkplain TerminalSafe escaped}.
 */
public final class TextRenderer implements Renderer {
    private static final Outcome[] ORDER = {Outcome.INTERNAL_ERROR, Outcome.FAIL, Outcome.UNMET, Outcome.FLAG};

    @Override
    public PlanWriter open(RunHeader run, Options options, Writer out) throws IOException {
        // A batch reads as a summary; --legal and --explain ask for per-plan detail, so they keep it.
        if (run.plans() > 1 && !options.legalOnly() && !options.explain()) return new SummaryRenderer().open(run, options, out);
        Lines lines = new Lines(out, options);
        return new PlanWriter() {
            @Override
            public void plan(PlanReport p) throws IOException {
                if (options.legalOnly()) LegalText.brief(p, run, lines);
                else TextRenderer.plan(p, run, options, lines);
                lines.blank();
            }

            @Override
            public void finish(RunSummary s) throws IOException {
                for (String c : Changes.run(s)) lines.line(0, 2, safe(c));
                if (s.plans().size() > 1) {
                    lines.line(0, Text.plural(s.plans().size(), "plan") + " checked (" + s.invalidPlans() + " invalid): "
                            + Text.counts(s.outcomes()));
                }
            }
        };
    }

    private static void plan(PlanReport p, RunHeader run, Options options, Lines out) throws IOException {
        if (!p.valid()) {
            out.line(0, safe(p.file()) + ": INVALID — the plan was not checked (" + Text.plural(p.errors().size(), "error") + ")");
            for (LoadError e : p.errors()) out.line(2, safe(e.format(p.file())));
            return;
        }
        out.line(0, safe(p.file()) + " — " + safe(p.footprintName()) + (p.footprintCode() != null ? " (" + safe(p.footprintCode()) + ")" : ""));
        out.line(2, "as of " + p.asOf() + "; " + Text.versions(run));
        out.line(2, Text.counts(p.outcomes()) + "; " + Evidence.of(p.outcomes()).sentence());
        for (String c : Changes.plan(p)) out.line(2, 4, safe(c));
        for (Outcome o : ORDER) {
            List<Result> group = p.results().stream().filter(r -> r.outcome() == o)
                    .sorted((a, b) -> Integer.compare(a.severity().ordinal(), b.severity().ordinal())).toList();
            if (group.isEmpty()) continue;
            out.blank();
            out.line(0, out.label(o) + " (" + group.size() + ")");
            for (Result r : group) result(p, r, options, out);
        }
        List<String> weak = Text.lowSources(p);
        if (!weak.isEmpty()) {
            out.blank();
            out.line(0, "RESTING ON LOW-CONFIDENCE SOURCES (" + weak.size() + ")");
            for (String w : weak) out.line(2, 4, w);
        }
        List<Result> passes = p.results().stream().filter(r -> r.outcome() == Outcome.PASS).toList();
        List<Result> na = p.results().stream().filter(r -> r.outcome() == Outcome.NOT_APPLICABLE).toList();
        if (options.explain()) {
            for (Outcome o : new Outcome[] {Outcome.PASS, Outcome.NOT_APPLICABLE}) {
                List<Result> group = o == Outcome.PASS ? passes : na;
                if (group.isEmpty()) continue;
                out.blank();
                out.line(0, out.label(o) + " (" + group.size() + ")");
                for (Result r : group) result(p, r, options, out);
            }
        } else {
            if (!passes.isEmpty()) {
                out.blank();
                out.line(0, out.label(Outcome.PASS) + " (" + passes.size() + "): " + ids(passes));
            }
            if (!na.isEmpty()) out.line(0, "N/A (" + na.size() + "): " + ids(na));
            for (Result r : passes) {
                for (Located l : r.shownFindings(false)) {
                    out.line(2, 4, "note " + r.requirement().id() + " " + safe(p.file()) + ":" + l.line() + ": " + safe(l.finding().message()));
                    String source = Text.lowSource(l);
                    if (source != null) out.line(6, source);
                }
            }
        }
        LegalText.index(p, out);
    }

    private static String ids(List<Result> rs) {
        return String.join(", ", rs.stream().map(r -> r.requirement().id()).toList());
    }

    private static void result(PlanReport p, Result r, Options options, Lines out) throws IOException {
        var req = r.requirement();
        String mark = Changes.mark(r);
        out.line(2, 4, req.id() + "  " + safe(req.title()) + "  [" + (mark.isEmpty() ? "" : mark + ", ") + r.severity().word()
                + (req.legalReview() ? ", legal review" : "") + ", confidence " + req.confidence()
                + (req.confidence().provisional() ? ": provisional — verify the source" : "") + "]");
        List<String> written = new ArrayList<>();
        for (Located l : r.shownFindings(options.explain())) {
            String tag = Text.findingTag(r, l);
            out.line(4, 4, safe(p.file()) + ":" + l.line() + ":" + l.column() + "  " + (tag.isEmpty() ? "" : "(" + tag + ") ")
                    + safe(l.finding().message()));
            if (!l.finding().facts().isEmpty()) out.line(6, 7, "facts: " + Text.facts(l.finding().facts()));
            String source = Text.lowSource(l);
            if (source != null) out.line(6, 2, source);
            if (options.explain() && l.finding().rule() != null) {
                out.line(6, 2, "rule \"" + safe(l.finding().rule()) + "\" matched: " + safe(String.join("; ", l.matched())));
            }
            suggestion(Suggestions.of(l, req).orElse(null), written, out);
        }
        if (r.outcome().isProblem()) {
            out.line(4, 6, "cite: " + safe(req.citation()));
            out.line(4, 6, "do:   " + safe(req.remedy()));
        }
    }

    /** The YAML to add under a finding; a snippet already written for the same result is referred to, not repeated. */
    static void suggestion(Suggestion s, List<String> written, Lines out) throws IOException {
        if (s == null) return;
        String key = s.path() + "\n" + s.yaml();
        if (written.contains(key)) {
            out.line(6, 2, "add: the YAML above");
            return;
        }
        written.add(key);
        out.line(6, 2, "add " + safe(Text.under(s.path())));
        for (String line : YamlBlock.lines(s.yaml(), 8, out.width())) out.verbatim(safe(line));
    }
}
