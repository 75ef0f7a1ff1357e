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
        List<Located> located = new ArrayList<>();
        for (Finding f : findings) located.add(locate(f, where, sources));
        located.sort(BY_LOCATION);
        // a rule of the requirement failed: whatever the others found, the result is not known
        if (findings.stream().anyMatch(f -> f.outcome() == Outcome.INTERNAL_ERROR)) {
            return new Result(r, Outcome.INTERNAL_ERROR, Severity.ERROR, located);
        }
        Finding worst = findings.stream().filter(f -> f.outcome().isProblem()).min(SERIOUSNESS).orElse(null);
        if (worst != null) return new Result(r, worst.outcome(), worst.severity(), located);
        if (findings.stream().anyMatch(f -> f.outcome() == Outcome.PASS)) return new Result(r, Outcome.PASS, r.severity(), located);
        if (findings.stream().anyMatch(f -> f.outcome() == Outcome.NOT_APPLICABLE)) {
            return new Result(r, Outcome.NOT_APPLICABLE, r.severity(), located);
        }
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
        String existing = where == null ? "" : where.existing(f.path());
        int[] pos = where == null ? new int[] {1, 1} : where.place(f.path());
        String inFile = where == null ? f.path() : where.inFile(f.path());   // as the file numbers it (--min-fact-confidence renumbers)
        String missing = existing.equals(inFile) ? null : inFile;
        List<String> matched = new ArrayList<>();
        for (String m : f.matched()) {
            int at = m.lastIndexOf(" at ");
            matched.add(at < 0 || where == null ? m : m + " (line " + where.find(m.substring(at + 4))[0] + ")");
        }
        // a value the plan leaves out rests on no source, whatever its parent's source says
        Source source = missing != null || sources == null ? null : sources.sourceOf(existing).orElse(null);
        return new Located(f, existing, missing, pos[0], pos[1], matched, source);
    }
}
