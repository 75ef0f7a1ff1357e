package org.stpcheck.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.stpcheck.findings.LegalBrief;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunHeader;

import static org.stpcheck.report.Text.safe;

/**
 * The legal adviser's brief in text ({@code --legal}), per statute: what fails or flags, then what
 * is not evidenced, then a scope line of what passed and what did not apply, so silence never reads
 * as clearance. Facts are in words ({@link FactWords}); V, S and U are explained once at the top.
 */
final class LegalText {
    private LegalText() {}

    static final String NOT_EVIDENCED = "Not evidenced: the plan does not say enough to decide";

    static void brief(PlanReport p, RunHeader run, Lines out) throws IOException {
        if (!p.valid()) {
            out.line(0, safe(p.file()) + ": INVALID — not checked, so nothing in it is cleared");
            return;
        }
        out.line(0, "Legal review brief: " + safe(p.footprintName()) + " (" + safe(p.file()) + "), as of " + p.asOf());
        out.line(2, Text.versions(run));
        out.line(2, 2, Text.CONFIDENCE_KEY);
        LegalBrief brief = LegalBrief.of(p);
        if (brief.isEmpty()) {
            out.line(2, 2, "No legal-review requirement was in the selection, so this brief clears nothing.");
            return;
        }
        for (LegalBrief.Statute s : brief.statutes().values()) {
            out.blank();
            out.line(0, 2, safe(s.name()));
            if (!s.review().isEmpty()) {
                out.line(2, "For review: fails or flags");
                for (Result r : s.review()) item(p, r, out);
            }
            if (!s.unmet().isEmpty()) {
                out.line(2, NOT_EVIDENCED);
                for (Result r : s.unmet()) item(p, r, out);
            }
            if (!s.unknown().isEmpty()) {
                out.line(2, "Unknown: a rule failed (a defect of stpcheck), so these are not decided");
                for (Result r : s.unknown()) item(p, r, out);
            }
            out.line(2, 9, scope(s));
        }
    }

    /** "Scope: passed S75-02, S75-03; not applicable: S75-04; nothing else under this statute fails, flags or is unmet." */
    static String scope(LegalBrief.Statute s) {
        List<String> parts = new ArrayList<>();
        if (!s.passed().isEmpty()) parts.add("passed " + ids(s.passed()));
        if (!s.waived().isEmpty()) parts.add("waived " + ids(s.waived()));
        if (!s.notApplicable().isEmpty()) parts.add("not applicable " + ids(s.notApplicable()));
        String checked = parts.isEmpty() ? "nothing under this statute passed or was found not applicable" : String.join("; ", parts);
        return "Scope: " + checked + (s.anyToRead() ? "." : "; nothing under this statute fails, flags or is unmet.");
    }

    static String ids(List<Result> rs) {
        return String.join(", ", rs.stream().map(r -> r.requirement().id()).toList());
    }

    private static void item(PlanReport p, Result r, Lines out) throws IOException {
        var req = r.requirement();
        out.line(4, 4, req.id() + " " + out.label(r.outcome()) + " (" + r.severity().word() + ") — " + safe(req.title())
                + "; confidence " + req.confidence() + (req.confidence().provisional() ? " (provisional — verify the source)" : ""));
        out.line(6, 6, "cite: " + safe(req.citation()));
        for (Located l : r.shownFindings(false)) {
            if (!l.finding().outcome().isProblem()) continue;
            out.line(6, 2, safe(l.finding().message()));
            out.line(8, 2, "at " + safe(p.file()) + ":" + l.line() + " (" + safe(l.missing() != null ? l.missing() : l.path()) + ")");
            for (String fact : FactWords.of(l.finding().facts(), l.path())) out.line(8, 2, "- " + safe(fact));
            String source = Text.lowSource(l);
            if (source != null) out.line(8, 2, source);
        }
    }

    /** In the plan report: an index of what a lawyer must review, fail or flag, by statute. */
    static void index(PlanReport p, Lines out) throws IOException {
        Map<String, List<Result>> byStatute = p.legalByStatute();
        if (byStatute.isEmpty()) return;
        out.blank();
        out.line(0, "LEGAL REVIEW (" + byStatute.values().stream().mapToInt(List::size).sum() + "; --legal for the brief)");
        for (Map.Entry<String, List<Result>> e : byStatute.entrySet()) {
            out.line(2, 2, safe(e.getKey()) + ": " + String.join(", ", e.getValue().stream()
                    .map(r -> r.requirement().id() + " " + Text.outcomeLabel(r.outcome())).toList()));
        }
    }
}
