package org.stpcheck.findings;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    public Map<Outcome, Integer> outcomes() {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) m.put(o, 0);
        for (Result r : results) m.merge(r.outcome(), 1, Integer::sum);
        return m;
    }
}
