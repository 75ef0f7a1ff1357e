package org.stpcheck.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.stpcheck.catalogue.Requirement;
import org.stpcheck.catalogue.Severity;
import org.stpcheck.engine.Finding;
import org.stpcheck.engine.Outcome;
import org.stpcheck.load.Locations;
import org.stpcheck.load.Provenance;
import org.stpcheck.model.Source;

/** Combines a requirement's findings into its one result, as requirements.md §10 items 1-3 settle. */
public final class Results {
    private Results() {}

    /** Most serious first: severity, then fail > unmet > flag (§10 item 1). */
    static final Comparator<Finding> SERIOUSNESS = Comparator
            .comparingInt((Finding f) -> f.severity().ordinal())
            .thenComparingInt(f -> f.outcome().ordinal());

    static final Comparator<Located> BY_LOCATION = Comparator
            .comparingInt(Located::line).thenComparingInt(Located::column)
            .thenComparing(l -> l.finding().message());

    /**
     * The result of {@code r} for a plan as of {@code asOf}. A requirement in force that no rule
     * decided is a defect of the checker, never a pass.
     */
    public static Result combine(Requirement r, LocalDate asOf, List<Finding> findings, Locations where, boolean batchRun) {
        return combine(r, asOf, findings, where, Provenance.none(), batchRun);
    }

    /** As {@link #combine(Requirement, LocalDate, List, Locations, boolean)}, each finding with the source of the value it rests on. */
    public static Result combine(Requirement r, LocalDate asOf, List<Finding> findings, Locations where, Provenance sources,
                                 boolean batchRun) {
        if (!r.inForce(asOf)) {
            return new Result(r, Outcome.NOT_APPLICABLE, r.severity(), List.of());
        }
        if (r.batchOnly() && !batchRun) {
            return new Result(r, Outcome.NOT_APPLICABLE, r.severity(), List.of());
        }
        // one pass over the findings: placing each, and noting what decides the result
        List<Located> located = new ArrayList<>(findings.size());
        boolean failed = false, passed = false, notApplicable = false;
        Finding worst = null;
        for (Finding f : findings) {
            located.add(locate(f, where, sources));
            Outcome o = f.outcome();
            if (o == Outcome.INTERNAL_ERROR) failed = true;
            else if (o == Outcome.PASS) passed = true;
            else if (o == Outcome.NOT_APPLICABLE) notApplicable = true;
            // the first of equally serious findings, as Stream.min keeps
            if (o.isProblem() && (worst == null || SERIOUSNESS.compare(f, worst) < 0)) worst = f;
        }
        located.sort(BY_LOCATION);
        // a rule of the requirement failed: whatever the others found, the result is not known
        if (failed) return new Result(r, Outcome.INTERNAL_ERROR, Severity.ERROR, located);
        if (worst != null) return new Result(r, worst.outcome(), worst.severity(), located);
        if (passed) return new Result(r, Outcome.PASS, r.severity(), located);
        if (notApplicable) return new Result(r, Outcome.NOT_APPLICABLE, r.severity(), located);
        return undecided(r);
    }

    /**
     * No rule decided a requirement in force: a defect of the checker, never a pass. It is reported
     * as an internal error of that requirement for that plan, so the run still reports the rest.
     */
    static Result undecided(Requirement r) {
        Finding f = new Finding(r.id(), Outcome.INTERNAL_ERROR, Severity.ERROR, "No rule decided " + r.id()
                + " for this plan (every requirement must pass, fail, be unmet, flag or be not applicable), so its result is"
                + " unknown. This is a defect of stpcheck, not of the plan: please report it.", "", Map.of(), false, null, List.of());
        return new Result(r, Outcome.INTERNAL_ERROR, Severity.ERROR, List.of(new Located(f, "", null, 1, 1, List.of())));
    }

    static Located locate(Finding f, Locations where, Provenance sources) {
        if (where == null) {
            String missing = "".equals(f.path()) ? null : f.path();
            Source source = missing != null || sources == null ? null : sources.sourceOf("").orElse(null);
            return new Located(f, "", missing, 1, 1, f.matched(), source);
        }
        Locations.Spot at = where.spot(f.path());   // the file's own paths (--min-fact-confidence renumbers)
        List<String> matched = f.matched().isEmpty() ? List.of() : matchedLines(f.matched(), where);
        // a value the plan leaves out rests on no source, whatever its parent's source says
        Source source = at.missing() != null || sources == null ? null : sources.sourceOf(at.path()).orElse(null);
        return new Located(f, at.path(), at.missing(), at.line(), at.column(), matched, source);
    }

    /** Each fact the rule matched, with the line of the node it names ("... at path"). */
    private static List<String> matchedLines(List<String> facts, Locations where) {
        String[] out = new String[facts.size()];
        for (int i = 0; i < out.length; i++) {
            String m = facts.get(i);
            int at = m.lastIndexOf(" at ");
            out[i] = at < 0 ? m : m + " (line " + where.find(m.substring(at + 4))[0] + ")";
        }
        return List.of(out);
    }
}
