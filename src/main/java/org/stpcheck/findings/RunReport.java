package org.stpcheck.findings;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.engine.Outcome;

/**
 * A whole run held in memory: every plan's report, the selection, and the catalogue they were
 * checked against. For tests and small in-process uses; the command line streams plan by plan
 * ({@link Checker#check(List, Selection, PlanSink)}) and never builds one.
 */
public record RunReport(Catalogue catalogue, Selection selection, List<PlanReport> plans) {

    public RunReport {
        plans = List.copyOf(plans);
    }

    public RunHeader header() {
        return new RunHeader(catalogue, selection, plans.size());
    }

    /** The plans sorted by file, the order a streamed run hands them on in. */
    public List<PlanReport> inFileOrder() {
        return plans.stream().sorted(Comparator.comparing(PlanReport::file)).toList();
    }

    /** The digests of the plans, in file order. */
    public RunSummary summary() {
        RunSummary.Builder b = new RunSummary.Builder(header());
        for (PlanReport p : inFileOrder()) b.add(p);
        return b.build();
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
