package org.stpcheck.findings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.engine.Outcome;

/** A whole run: every plan (sorted by file), the selection, and the catalogue they were checked against. */
public record RunReport(Catalogue catalogue, Selection selection, List<PlanReport> plans) {

    public RunReport {
        plans = List.copyOf(plans);
    }

    public int invalidPlans() {
        return (int) plans.stream().filter(p -> !p.valid()).count();
    }

    public Map<Outcome, Integer> outcomes() {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) m.put(o, 0);
        for (PlanReport p : plans) p.outcomes().forEach((o, n) -> m.merge(o, n, Integer::sum));
        return m;
    }
}
