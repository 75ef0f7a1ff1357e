package org.stpcheck.findings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Severity;
import org.stpcheck.engine.Outcome;

/**
 * A whole run in digests: every plan in file order ({@link PlanDigest}), totals, and what decides
 * the exit code. Built plan by plan as reports stream past ({@link Builder}); everything a batch
 * summary shows is computed from it, never from held reports.
 */
public final class RunSummary {
    private final RunHeader header;
    private final List<PlanDigest> plans;
    private final int[] totals;
    private final int invalid;
    private final Comparison comparison;
    private final WaiverUse waivers;

    private RunSummary(RunHeader header, List<PlanDigest> plans, int[] totals, int invalid, Comparison comparison, WaiverUse waivers) {
        this.header = header;
        this.comparison = comparison;
        this.waivers = waivers;
        this.plans = List.copyOf(plans);
        this.totals = totals.clone();
        this.invalid = invalid;
    }

    public RunHeader header() { return header; }

    public Catalogue catalogue() { return header.catalogue(); }

    public Selection selection() { return header.selection(); }

    /** Every plan in the order it was reported (file order). */
    public List<PlanDigest> plans() { return plans; }

    public int invalidPlans() { return invalid; }

    /** The comparison with {@code --baseline}, or null without one: renderers open with what changed. */
    public Comparison comparison() { return comparison; }

    /** What the run made of its waivers, or null when it had none. */
    public WaiverUse waivers() { return waivers; }

    public int count(Outcome o) { return totals[o.ordinal()]; }

    /** Results by outcome over all plans, in {@link Outcome} order. */
    public Map<Outcome, Integer> outcomes() {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) m.put(o, totals[o.ordinal()]);
        return m;
    }

    /** Internal-error results, and plans a defect kept from being checked: each makes the exit code 1. */
    public int internalErrors() {
        return count(Outcome.INTERNAL_ERROR) + (int) plans.stream().filter(PlanDigest::notCheckedByDefect).count();
    }

    /** Whether a result fails at {@code level} or above (§10 item 4); with {@code legalOnly}, only what a lawyer sees. */
    public boolean failsAt(Severity level, boolean legalOnly) {
        return failsAt(level, legalOnly, false);
    }

    /** As {@link #failsAt(Severity, boolean)}; with {@code newOnly}, only results new against the baseline count ({@code --fail-on-new}). */
    public boolean failsAt(Severity level, boolean legalOnly, boolean newOnly) {
        for (PlanDigest p : plans) {
            for (PlanDigest.Mark m : p.marks()) {
                if ((!legalOnly || m.inLegalBrief()) && (!newOnly || m.isNew()) && m.failsAt(level)) return true;
            }
        }
        return false;
    }

    /** Collects digests as plan reports are handed on, in file order. Not thread-safe: one consumer. */
    public static final class Builder {
        private final RunHeader header;
        private final RequirementTable table = new RequirementTable();
        private final List<PlanDigest> plans = new ArrayList<>();
        private final int[] totals = new int[Outcome.values().length];
        private int invalid;
        private Comparison comparison;
        private WaiverUse waivers;

        public Builder(RunHeader header) { this.header = header; }

        /** The baseline comparison, known once every plan has been seen. */
        public Builder comparison(Comparison c) { this.comparison = c; return this; }

        /** What the run made of its waivers, known once every plan has been seen. */
        public Builder waivers(WaiverUse w) { this.waivers = w; return this; }

        /** Digests {@code p} (the next plan in file order) and returns its digest. */
        public PlanDigest add(PlanReport p) {
            PlanDigest d = new PlanDigest(plans.size(), p, table);
            plans.add(d);
            for (Outcome o : Outcome.values()) totals[o.ordinal()] += d.count(o);
            if (!p.valid()) invalid++;
            return d;
        }

        public RunSummary build() { return new RunSummary(header, plans, totals, invalid, comparison, waivers); }
    }
}
