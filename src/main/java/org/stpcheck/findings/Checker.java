package org.stpcheck.findings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.engine.Engine;
import org.stpcheck.engine.Finding;
import org.stpcheck.engine.RuleBase;
import org.stpcheck.load.PlanLoader;
import org.stpcheck.load.PlanLoader.LoadedPlan;
import org.stpcheck.model.Plan;
import org.stpcheck.model.batch.BatchFacts;

/**
 * Checks plan files end to end: loads each (a file that does not load is reported with its
 * errors and costs the others nothing), evaluates the valid ones in parallel slices, runs the
 * cross-plan pass when the run holds several plans, and combines findings into results.
 */
public final class Checker {
    /** Below this many plans a second thread costs more than it saves. */
    private static final int PARALLEL_FROM = 8;

    private final Catalogue catalogue;
    private final Supplier<RuleBase> rules;
    private Engine engine;

    public Checker(Catalogue catalogue, RuleBase rules) {
        this(catalogue, () -> rules);
    }

    /**
     * With the rule base still being built (on another thread, by the CLI): plans are loaded first
     * and the rule base is asked for only when the first plan is ready to evaluate, so a cold start
     * overlaps building the KieBase with reading the YAML.
     */
    public Checker(Catalogue catalogue, Supplier<RuleBase> rules) {
        this.catalogue = catalogue;
        this.rules = rules;
    }

    private synchronized Engine engine() {
        if (engine == null) engine = new Engine(rules.get(), catalogue);
        return engine;
    }

    public Catalogue catalogue() { return catalogue; }

    /** {@code files} as the user named them (already expanded from directories); output is sorted by file. */
    public RunReport check(List<Path> files, Selection selection) {
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(java.util.Comparator.comparing(Path::toString));
        int threads = sorted.size() >= PARALLEL_FROM ? Math.max(1, Runtime.getRuntime().availableProcessors()) : 1;
        List<LoadedPlan> loaded = inParallel(sorted, threads, slice -> {
            PlanLoader loader = new PlanLoader();
            return slice.stream().map(loader::load).toList();
        });
        rejectRepeatedPlanIds(loaded);
        List<LoadedPlan> valid = loaded.stream().filter(LoadedPlan::isValid).toList();
        Engine engine = engine();
        List<List<Finding>> findings = inParallel(valid, threads,
                slice -> engine.evaluate(slice.stream().map(LoadedPlan::plan).toList()));
        boolean batchRun = valid.size() > 1;
        Map<String, List<Finding>> batch = new HashMap<>();
        if (batchRun) {
            for (Finding f : engine.evaluateBatch(BatchFacts.of(valid.stream().map(v -> new BatchFacts.Source(v.file(), v.plan())).toList()))) {
                batch.computeIfAbsent(String.valueOf(f.facts().get("file")), k -> new ArrayList<>()).add(f);
            }
        }
        List<PlanReport> reports = new ArrayList<>();
        int v = 0;
        for (LoadedPlan lp : loaded) {
            if (!lp.isValid()) {
                reports.add(new PlanReport(lp.file(), false, null, null, null, null, lp.errors(), List.of()));
                continue;
            }
            List<Finding> all = new ArrayList<>(findings.get(v++));
            all.addAll(batch.getOrDefault(lp.file(), List.of()));
            reports.add(report(lp, all, selection, batchRun));
        }
        return new RunReport(catalogue, selection, reports);
    }

    private PlanReport report(LoadedPlan lp, List<Finding> findings, Selection selection, boolean batchRun) {
        Plan plan = lp.plan();
        Map<String, List<Finding>> byRequirement = new HashMap<>();
        for (Finding f : findings) byRequirement.computeIfAbsent(f.requirement(), k -> new ArrayList<>()).add(f);
        List<Result> results = new ArrayList<>();
        for (Requirement r : catalogue.requirements()) {
            if (!selection.includes(r)) continue;
            results.add(Results.combine(r, plan.plan().asOf(), byRequirement.getOrDefault(r.id(), List.of()), lp.locations(), batchRun));
        }
        return new PlanReport(lp.file(), true, plan.plan().id(), plan.footprint().code(), plan.footprint().name(),
                plan.plan().asOf(), List.of(), results);
    }

    /** plan-format 1.7 item 10: in a batch, a plan.id already used by an earlier file does not load. */
    private static void rejectRepeatedPlanIds(List<LoadedPlan> loaded) {
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < loaded.size(); i++) {
            LoadedPlan lp = loaded.get(i);
            if (!lp.isValid()) continue;
            String first = seen.putIfAbsent(lp.plan().plan().id(), lp.file());
            if (first != null) {
                int[] pos = lp.locations().find("plan.id");
                loaded.set(i, new LoadedPlan(lp.file(), null, null, List.of(new org.stpcheck.load.LoadError(pos[0], pos[1], "plan.id",
                        "plan id \"" + lp.plan().plan().id() + "\" is already used by " + first))));
            }
        }
    }

    private interface SliceWork<T, R> { List<R> apply(List<T> slice); }

    /** Splits {@code items} into contiguous slices, one per thread, and concatenates the results in order. */
    private static <T, R> List<R> inParallel(List<T> items, int threads, SliceWork<T, R> work) {
        if (threads <= 1 || items.size() < PARALLEL_FROM) return work.apply(items);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<R>>> parts = new ArrayList<>();
            int size = (items.size() + threads - 1) / threads;
            for (int from = 0; from < items.size(); from += size) {
                List<T> slice = items.subList(from, Math.min(items.size(), from + size));
                parts.add(pool.submit(() -> work.apply(slice)));
            }
            List<R> out = new ArrayList<>();
            for (Future<List<R>> f : parts) out.addAll(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
