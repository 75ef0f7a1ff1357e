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
 * (for a file that does not load) its errors.
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

    public PlanReport {
        errors = List.copyOf(errors);
        results = List.copyOf(results);
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
