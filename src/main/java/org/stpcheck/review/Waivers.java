package org.stpcheck.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.Waiver;
import org.stpcheck.findings.WaiverUse;

/**
 * Applies waivers to plan reports as they stream past ({@code sink.after(waivers)}): a fail, unmet
 * or flag result of a plan (matched by plan id or footprint code) and requirement that a waiver
 * names becomes {@code waived}, keeping its real outcome in the {@link Waiver}. A waiver is judged
 * at the plan's {@code as_of}, so the report does not depend on the day it is run: one whose
 * {@code expires} is before it does not apply and is reported as expired. Waived results are not
 * problems, so they never count towards the exit code; summaries count them as {@code waived}.
 * Not thread-safe: one run, one consumer thread.
 */
public final class Waivers implements UnaryOperator<PlanReport> {
    private final List<String> files;
    private final List<WaiverFile.Entry> waivers;
    private final Predicate<String> selected;
    private final Set<Integer> used = new LinkedHashSet<>();
    private final List<WaiverUse.Lapsed> expired = new ArrayList<>();
    private final Set<Integer> lapsed = new LinkedHashSet<>();
    private int applied;

    /** {@code selected} says which requirement ids the run reports: a waiver of another is not reported as unused. */
    public Waivers(List<String> files, List<WaiverFile.Entry> waivers, Predicate<String> selected) {
        this.files = List.copyOf(files);
        this.waivers = List.copyOf(waivers);
        this.selected = selected;
    }

    @Override
    public PlanReport apply(PlanReport p) {
        if (!p.valid()) return p;
        List<Result> results = new ArrayList<>(p.results().size());
        boolean any = false;
        for (Result r : p.results()) {
            Result out = r;
            for (int i = 0; i < waivers.size(); i++) {
                WaiverFile.Entry w = waivers.get(i);
                if (!w.requirement().equals(r.requirement().id()) || !(w.plan().equals(p.planId()) || w.plan().equals(p.footprintCode()))) continue;
                if (w.expires().isBefore(p.asOf())) {
                    if (lapsed.add(i)) expired.add(new WaiverUse.Lapsed(w.at(), p.file(), p.asOf()));
                    continue;
                }
                if (!r.outcome().isProblem()) continue;
                out = r.waived(new Waiver(w.reason(), w.approvedBy(), w.expires(), r.outcome()));
                used.add(i);
                applied++;
                any = true;
                break;
            }
            results.add(out);
        }
        return any ? p.withResults(results) : p;
    }

    /** After the run: how many results were waived, which waivers matched nothing, which had lapsed. */
    public WaiverUse use() {
        List<WaiverUse.Entry> unused = new ArrayList<>();
        for (int i = 0; i < waivers.size(); i++) {
            WaiverFile.Entry w = waivers.get(i);
            if (!used.contains(i) && !lapsed.contains(i) && selected.test(w.requirement())) unused.add(w.at());
        }
        return new WaiverUse(files, applied, unused, expired);
    }
}
