package org.stpcheck.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.stpcheck.engine.Outcome;
import org.stpcheck.load.LoadError;

/**
 * Everything the checker says about one plan file: its results, one per selected requirement, or
 * (for a file that does not load) its errors. A renderer receives these one at a time and lets go
 * of each, so a run holds only the few being evaluated; summaries use {@link PlanDigest}s.
 */
public record PlanReport(
        String file,
        boolean valid,
        String planId,
        String footprintCode,
        String footprintName,
        LocalDate asOf,
        List<LoadError> errors,
        List<Result> results) {

    /** Begins the one error of a plan that a defect of stpcheck, not the file, kept from being checked. */
    static final String DEFECT = "internal error: ";

    public PlanReport {
        errors = List.copyOf(errors);
        results = List.copyOf(results);
    }

    /** A file that did not load, with its errors as the loader ordered them. */
    public static PlanReport invalid(String file, List<LoadError> errors) {
        return new PlanReport(file, false, null, null, null, null, errors, List.of());
    }

    /** This plan with other results (a review transform's: waived, compared with a baseline). */
    public PlanReport withResults(List<Result> newResults) {
        return new PlanReport(file, valid, planId, footprintCode, footprintName, asOf, errors, newResults);
    }

    /** A file that loading or checking failed on because of a defect of stpcheck (reported, exit 1). */
    static PlanReport defect(String file, Throwable failure) {
        return new PlanReport(file, false, null, null, null, null, List.of(new LoadError(1, 1, "", DEFECT
                + org.stpcheck.engine.FindingSink.describe(failure) + ". The plan was not checked; this is a defect of stpcheck,"
                + " not of the plan: please report it.")), List.of());
    }

    /** Whether a defect of stpcheck, not the file, kept this plan from being checked. */
    public boolean notCheckedByDefect() {
        return !valid && errors.size() == 1 && errors.get(0).path().isEmpty() && errors.get(0).message().startsWith(DEFECT);
    }

    /**
     * What a lawyer must review (legal-review results that fail or flag), grouped by the statute
     * cited, or the citation where a requirement names no statute; groups sorted by name.
     */
    public Map<String, List<Result>> legalByStatute() {
        Map<String, List<Result>> byStatute = new TreeMap<>();
        for (Result r : results) {
            if (!r.forLawyers()) continue;
            String statute = r.requirement().statute() != null ? r.requirement().statute() : r.requirement().citation();
            byStatute.computeIfAbsent(statute, k -> new ArrayList<>()).add(r);
        }
        return byStatute;
    }

    public Map<Outcome, Integer> outcomes() {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) m.put(o, 0);
        for (Result r : results) m.merge(r.outcome(), 1, Integer::sum);
        return m;
    }
}
