package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.load.LoadError;

import static org.stpcheck.report.Text.safe;

/**
 * The terminal report for plan authors: per plan, results grouped by outcome, most serious first;
 * each finding with {@code file:line}, what triggered it, the citation and what to do. Passes and
 * not-applicable results are listed by id only. A legal section groups what a lawyer must review.
 * A run of several plans is summarised by {@link SummaryRenderer} instead. Plan text and file
 * names are {@linkplain TerminalSafe escaped}.
 */
public final class TextRenderer implements Renderer {
    private static final Outcome[] ORDER = {Outcome.INTERNAL_ERROR, Outcome.FAIL, Outcome.UNMET, Outcome.FLAG};

    @Override
    public PlanWriter open(RunHeader run, Options options, Writer out) throws IOException {
        // A batch reads as a summary; --legal and --explain ask for per-plan detail, so they keep it.
        if (run.plans() > 1 && !options.legalOnly() && !options.explain()) return new SummaryRenderer().open(run, options, out);
        return new PlanWriter() {
            @Override
            public void plan(PlanReport p) throws IOException {
                if (options.legalOnly()) legal(p, out, true);
                else TextRenderer.plan(p, options, out);
                out.write("\n");
            }

            @Override
            public void finish(RunSummary s) throws IOException {
                if (s.plans().size() > 1) {
                    out.write(Text.plural(s.plans().size(), "plan") + " checked (" + s.invalidPlans() + " invalid): "
                            + Text.counts(s.outcomes()) + "\n");
                }
            }
        };
    }

    private static void plan(PlanReport p, Options options, Writer out) throws IOException {
        if (!p.valid()) {
            out.write(safe(p.file()) + ": INVALID — the plan was not checked (" + Text.plural(p.errors().size(), "error") + ")\n");
            for (LoadError e : p.errors()) out.write("  " + safe(e.format(p.file())) + "\n");
            return;
        }
        out.write(safe(p.file()) + " — " + safe(p.footprintName()) + (p.footprintCode() != null ? " (" + safe(p.footprintCode()) + ")" : "")
                + ", as of " + p.asOf() + "\n");
        out.write("  " + Text.counts(p.outcomes()) + "\n");
        for (Outcome o : ORDER) {
            List<Result> group = p.results().stream().filter(r -> r.outcome() == o)
                    .sorted((a, b) -> Integer.compare(a.severity().ordinal(), b.severity().ordinal())).toList();
            if (group.isEmpty()) continue;
            out.write("\n" + Text.outcomeLabel(o) + " (" + group.size() + ")\n");
            for (Result r : group) result(p, r, options, out);
        }
        List<Result> passes = p.results().stream().filter(r -> r.outcome() == Outcome.PASS).toList();
        List<Result> na = p.results().stream().filter(r -> r.outcome() == Outcome.NOT_APPLICABLE).toList();
        if (options.explain()) {
            for (Outcome o : new Outcome[] {Outcome.PASS, Outcome.NOT_APPLICABLE}) {
                List<Result> group = o == Outcome.PASS ? passes : na;
                if (group.isEmpty()) continue;
                out.write("\n" + Text.outcomeLabel(o) + " (" + group.size() + ")\n");
                for (Result r : group) result(p, r, options, out);
            }
        } else {
            if (!passes.isEmpty()) out.write("\nPASS (" + passes.size() + "): " + ids(passes) + "\n");
            if (!na.isEmpty()) out.write("N/A (" + na.size() + "): " + ids(na) + "\n");
            for (Result r : passes) {
                for (Located l : r.shownFindings(false)) {
                    out.write("  note " + r.requirement().id() + " " + safe(p.file()) + ":" + l.line() + ": " + safe(l.finding().message()) + "\n");
                }
            }
        }
        legal(p, out, false);
    }

    private static String ids(List<Result> rs) {
        return String.join(", ", rs.stream().map(r -> r.requirement().id()).toList());
    }

    private static void result(PlanReport p, Result r, Options options, Writer out) throws IOException {
        var req = r.requirement();
        out.write("  " + req.id() + "  " + safe(req.title()) + "  [" + r.severity().word()
                + (req.legalReview() ? ", legal review" : "") + ", confidence " + req.confidence()
                + (req.confidence().provisional() ? ": provisional — verify the source" : "") + "]\n");
        for (Located l : r.shownFindings(options.explain())) {
            String tag = l.finding().outcome() == r.outcome() && l.finding().severity() == r.severity() ? ""
                    : "(" + l.finding().outcome().word().replace('_', ' ') + ", " + l.finding().severity().word() + ") ";
            out.write("    " + safe(p.file()) + ":" + l.line() + ":" + l.column() + "  " + tag + safe(l.finding().message()) + "\n");
            if (!l.finding().facts().isEmpty()) out.write("      facts: " + Text.facts(l.finding().facts()) + "\n");
            if (options.explain() && l.finding().rule() != null) {
                out.write("      rule \"" + safe(l.finding().rule()) + "\" matched: " + safe(String.join("; ", l.matched())) + "\n");
            }
        }
        if (r.outcome().isProblem()) {
            out.write("    cite: " + safe(req.citation()) + "\n");
            out.write("    do:   " + safe(req.remedy()) + "\n");
        }
    }

    /**
     * Legal-review results that fail or flag, grouped by the statute cited, each with its facts and
     * location, so a lawyer can read them without opening the YAML.
     */
    static void legal(PlanReport p, Writer out, boolean standalone) throws IOException {
        if (!p.valid()) {
            if (standalone) out.write(safe(p.file()) + ": INVALID — not checked\n");
            return;
        }
        Map<String, List<Result>> byStatute = p.legalByStatute();
        if (standalone) {
            out.write("Legal review brief: " + safe(p.footprintName()) + " (" + safe(p.file()) + "), as of " + p.asOf() + "\n");
        } else if (!byStatute.isEmpty()) {
            out.write("\nLEGAL REVIEW (" + byStatute.values().stream().mapToInt(List::size).sum() + ")\n");
        }
        if (byStatute.isEmpty()) {
            if (standalone) out.write("  Nothing for legal review: no legal-review requirement fails or flags.\n");
            return;
        }
        for (Map.Entry<String, List<Result>> e : byStatute.entrySet()) {
            out.write("  " + safe(e.getKey()) + "\n");
            for (Result r : e.getValue()) {
                var req = r.requirement();
                out.write("    " + req.id() + " " + Text.outcomeLabel(r.outcome()) + " (" + r.severity().word() + ") — "
                        + safe(req.title()) + "; confidence " + req.confidence()
                        + (req.confidence().provisional() ? " (provisional — verify the source)" : "") + "\n");
                for (Located l : r.shownFindings(false)) {
                    if (!l.finding().outcome().isProblem()) continue;
                    out.write("      " + safe(l.finding().message()) + "\n");
                    out.write("        at " + safe(p.file()) + ":" + l.line() + " (" + safe(l.missing() != null ? l.missing() : l.path()) + ")"
                            + (l.finding().facts().isEmpty() ? "" : "; facts: " + Text.facts(l.finding().facts())) + "\n");
                }
            }
        }
    }
}
