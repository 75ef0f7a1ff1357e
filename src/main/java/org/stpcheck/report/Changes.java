package org.stpcheck.report;

import java.util.ArrayList;
import java.util.List;

import org.stpcheck.findings.Change;
import org.stpcheck.findings.Comparison;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.findings.WaiverUse;

/**
 * What changed since the baseline and what the waivers did, in sentences the text, Markdown and
 * HTML reports open with: the run's totals ({@link #run}) and, per plan, which requirements are
 * new, resolved or changed and which results were waived, by whom and until when ({@link #plan}).
 * Unescaped: each renderer escapes for its medium. Empty when the run had no baseline and no
 * waivers, so reports without them are as before.
 */
final class Changes {
    private Changes() {}

    /** "What changed since last.json: 1 new, 1 resolved, 0 changed, 80 unchanged; plans added: x" and the waiver lines. */
    static List<String> run(RunSummary run) {
        List<String> out = new ArrayList<>();
        Comparison c = run.comparison();
        if (c != null) {
            out.add("What changed since " + c.baseline() + ": " + c.newResults() + " new, " + c.resolved() + " resolved, "
                    + c.changed() + " changed, " + c.unchanged() + " unchanged"
                    + (c.plansAdded().isEmpty() ? "" : "; plans added: " + String.join(", ", c.plansAdded()))
                    + (c.plansRemoved().isEmpty() ? "" : "; plans removed: " + String.join(", ", c.plansRemoved())));
        }
        WaiverUse w = run.waivers();
        if (w != null) {
            out.add("Waivers (" + String.join(", ", w.files()) + "): " + Text.plural(w.applied(), "result") + " waived");
            for (WaiverUse.Lapsed l : w.expired()) {
                out.add("Expired waiver, not applied: " + l.waiver().place() + " " + l.waiver().plan() + " " + l.waiver().requirement()
                        + " expired " + l.waiver().expires() + ", before " + l.planFile() + "'s as_of " + l.asOf());
            }
            for (WaiverUse.Entry e : w.unused()) {
                out.add("Unused waiver, matched no result: " + e.place() + " " + e.plan() + " " + e.requirement());
            }
        }
        return out;
    }

    /** The plan's lines: new, changed and resolved requirements, then each waived result. */
    static List<String> plan(PlanReport p) {
        List<String> out = new ArrayList<>();
        List<String> added = new ArrayList<>(), changed = new ArrayList<>(), resolved = new ArrayList<>();
        for (Result r : p.results()) {
            if (r.change() == Change.NEW) added.add(r.requirement().id() + " (" + r.outcome().word() + ")");
            else if (r.change() == Change.CHANGED) changed.add(r.requirement().id() + " (now " + r.outcome().word() + ")");
            else if (r.change() == Change.RESOLVED) resolved.add(r.requirement().id() + " (now " + r.outcome().word().replace('_', ' ') + ")");
        }
        if (!added.isEmpty() || !changed.isEmpty() || !resolved.isEmpty()) {
            out.add("Since the baseline: new " + list(added) + "; changed " + list(changed) + "; resolved " + list(resolved));
        }
        for (Result r : p.results()) {
            if (r.waiver() == null) continue;
            out.add("Waived " + r.requirement().id() + " (was " + r.waiver().originalOutcome().word() + "): " + r.waiver().reason()
                    + " — approved by " + r.waiver().approvedBy() + ", expires " + r.waiver().expires());
        }
        return out;
    }

    /** A result's mark in a list of findings: "new since the baseline", or "" when it is not worth a word. */
    static String mark(Result r) {
        if (r.change() == Change.NEW) return "new since the baseline";
        if (r.change() == Change.CHANGED) return "changed since the baseline";
        return "";
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
