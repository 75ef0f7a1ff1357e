package org.stpcheck.findings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.engine.Engine;
import org.stpcheck.engine.Finding;
import org.stpcheck.engine.FirstEvaluation;
import org.stpcheck.engine.RuleBase;
import org.stpcheck.load.LoadError;
import org.stpcheck.load.PlanLoader;
import org.stpcheck.load.PlanLoader.LoadedPlan;
import org.stpcheck.model.Plan;

/**
 * Checks plans end to end: loads each (a file that does not load is reported with its errors and
 * costs the others nothing), evaluates it, and combines its findings into results, one report per
 * plan. Thread-safe and warm: build one per catalogue and rule base, and use it for every run.
 *
 * <ul>
 * <li>{@link #check(String, String, Selection)}: one plan's text, for a server request; any
 *     number of threads may call it at once, each evaluation in a session of its own.</li>
 * <li>{@link #check(List, Selection, PlanSink)}: a batch of files, streamed. Reports reach the
 *     sink one at a time in file order while later plans are still being evaluated on other
 *     threads; at most a few are held at once, so memory stays flat however long the batch.</li>
 * </ul>
 *
 * <p>A batch in which a cross-plan requirement (PG-02) is selected takes two passes: the first
 * loads each plan to index what the others need of it ({@link CrossPlan}); the second evaluates
 * and hands on each plan with the facts of the index that concern it. The first pass keeps the
 * plans it loaded for the second while their YAML adds up to less than {@link #keepBudget} (a
 * loaded plan holds about six times its YAML's bytes of heap); the second pass loads the rest
 * again, so a run of any size holds at most that budget. A rule that throws
 * becomes an internal-error result of its requirement for that plan; a defect anywhere else in
 * checking one plan becomes that plan's error. Neither stops the run.
 */
public final class Checker {
    /** Below this many plans a second thread costs more than it saves. */
    private static final int PARALLEL_FROM = 8;
    /** Heap a loaded plan holds, per byte of its YAML (measured 5.6 over 1,000 generated plans). */
    private static final int HELD_PER_YAML_BYTE = 6;
    /** The most YAML whose loaded plans a batch keeps between its passes, whatever the heap. */
    private static final long KEEP_AT_MOST = 64L << 20;

    private final Catalogue catalogue;
    private final Supplier<RuleBase> rules;
    /** False while the rule base is still being built: the first plan then prepares its evaluation meanwhile. */
    private final BooleanSupplier rulesReady;
    private final PlanLoader loader;
    /** Bytes of YAML whose loaded plans the first pass keeps for the second. */
    private final long keepBudget;
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
        this(catalogue, rules, new PlanLoader());
    }

    /** With a loader of one's own: {@code new PlanLoader(filter)} for {@code --min-fact-confidence}. */
    public Checker(Catalogue catalogue, Supplier<RuleBase> rules, PlanLoader loader) {
        this(catalogue, rules, () -> true, loader);
    }

    /**
     * With {@code rulesReady} telling whether {@code rules} would answer at once: while it would
     * wait, the first plan loaded does ahead what its first evaluation can without the rule base
     * ({@link FirstEvaluation}), which on a cold start takes that work off the critical path.
     */
    public Checker(Catalogue catalogue, Supplier<RuleBase> rules, BooleanSupplier rulesReady, PlanLoader loader) {
        this(catalogue, rules, rulesReady, loader, keepBudget());
    }

    /** With the bytes of YAML a batch may keep loaded between its passes (tests: 0 reloads every plan). */
    Checker(Catalogue catalogue, Supplier<RuleBase> rules, PlanLoader loader, long keepBudget) {
        this(catalogue, rules, () -> true, loader, keepBudget);
    }

    private Checker(Catalogue catalogue, Supplier<RuleBase> rules, BooleanSupplier rulesReady, PlanLoader loader, long keepBudget) {
        this.catalogue = catalogue;
        this.rules = rules;
        this.rulesReady = rulesReady;
        this.loader = loader;
        this.keepBudget = keepBudget;
    }

    /**
     * A quarter of the heap for the kept plans, at most {@link #KEEP_AT_MOST} of YAML: with
     * {@code -Xmx512m} about 21 MB of YAML (4,000 plans of the usual size), with the default heap
     * of a machine with 2 GB or more, 64 MB.
     */
    static long keepBudget() {
        return Math.min(KEEP_AT_MOST, Runtime.getRuntime().maxMemory() / 4 / HELD_PER_YAML_BYTE);
    }

    /** The engine, built on the first plan's arrival; {@code plan} is that plan, prepared while the rule base is not ready. */
    private synchronized Engine engine(Plan plan) {
        if (engine == null) {
            if (!rulesReady.getAsBoolean()) FirstEvaluation.prepare(plan, rulesReady);
            engine = new Engine(rules.get(), catalogue);
        }
        return engine;
    }

    public Catalogue catalogue() { return catalogue; }

    /** One plan given as text; {@code file} names it in the report. Safe to call from many threads. */
    public PlanReport check(String file, String text, Selection selection) {
        return checkOne(file, () -> loader.load(file, text), selection, null).report();
    }

    /** The whole run held in memory, for tests and small in-process uses: see {@link #check(List, Selection, PlanSink)}. */
    public RunReport check(List<Path> files, Selection selection) {
        List<PlanReport> all = new ArrayList<>();
        try {
            check(files, selection, all::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // collecting into a list does no I/O of its own
        }
        return new RunReport(catalogue, selection, all);
    }

    /**
     * Checks {@code files} (as the user named them, directories already expanded) and hands each
     * plan's report to {@code sink} in file order, then returns. An IOException is the sink's.
     */
    public void check(List<Path> files, Selection selection, PlanSink sink) throws IOException {
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(Path::toString));
        List<String> names = sorted.stream().map(Path::toString).toList();
        List<Integer> positions = IntStream.range(0, sorted.size()).boxed().toList();
        int threads = sorted.size() >= PARALLEL_FROM ? Math.max(1, Runtime.getRuntime().availableProcessors()) : 1;
        AtomicReferenceArray<LoadedPlan> kept = new AtomicReferenceArray<>(sorted.size());
        CrossPlan index = sorted.size() > 1 && crossPlanSelected(selection) ? index(sorted, positions, threads, kept) : null;
        boolean batchRun = index != null && index.plans() > 1;
        Map<String, Integer> firstOfId = new HashMap<>();
        try {
            InOrder.run(positions, threads, i -> checkOne(names.get(i), () -> keptOrLoad(kept, i, sorted.get(i)), selection,
                            batchRun && index.holds(i) ? plan -> index.factsFor(i, names.get(i), plan, names) : null, i),
                    checked -> sink.accept(admit(checked, names, firstOfId, index)));
        } finally {
            releaseSessions();
        }
    }

    /** A batch's sessions are not needed after it; a server's single-plan checks keep theirs warm. */
    private synchronized void releaseSessions() {
        if (engine != null) engine.releaseSessions();
    }

    private boolean crossPlanSelected(Selection selection) {
        return catalogue.requirements().stream().anyMatch(r -> r.batchOnly() && selection.includes(r));
    }

    /** The plan the first pass kept for position {@code i} (let go of once taken), or the file loaded again. */
    private LoadedPlan keptOrLoad(AtomicReferenceArray<LoadedPlan> kept, int i, Path file) {
        LoadedPlan lp = kept.getAndSet(i, null);
        return lp != null ? lp : loader.load(file);
    }

    /** A plan loaded by the first pass and the size of its file (-1 when it failed or could not be sized). */
    private record FirstLoad(LoadedPlan plan, long bytes) {}

    /**
     * The first pass: loads every plan and indexes what the cross-plan rules need of it, in file
     * order, keeping the indexed plans in {@code kept} while their YAML fits the budget. A plan not
     * indexed (invalid, failed, its id already used) is not kept: the second pass reports it anew.
     */
    private CrossPlan index(List<Path> sorted, List<Integer> positions, int threads, AtomicReferenceArray<LoadedPlan> kept)
            throws IOException {
        CrossPlan index = new CrossPlan(catalogue.config(), sorted.size());
        int[] next = {0};
        long[] budget = {keepBudget};
        InOrder.run(positions, threads, i -> {
            try {
                LoadedPlan lp = loader.load(sorted.get(i));
                return new FirstLoad(lp, lp.isValid() ? sizeOf(sorted.get(i)) : -1);
            } catch (RuntimeException | StackOverflowError e) {
                return null;   // the second pass meets the same failure and reports it
            }
        }, first -> {
            int i = next[0]++;
            if (first == null || !first.plan().isValid() || !index.add(i, first.plan().file(), first.plan().plan())) return;
            if (first.bytes() >= 0 && first.bytes() <= budget[0]) {
                budget[0] -= first.bytes();
                kept.set(i, first.plan());
            }
        });
        index.seal();
        return index;
    }

    /** The file's size, or -1 if it cannot be had (the plan is then loaded again, not kept). */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    /**
     * A plan's report as evaluated on a worker, with what the in-order hand-off still has to judge:
     * its id (is it already taken by an earlier file?) and where that id is written.
     */
    private record Checked(PlanReport report, String planId, int[] planIdAt, int position) {}

    /**
     * On the receiving thread, in file order: plan-format 1.7 item 10, a plan.id already used by an
     * earlier file does not load. With a cross-plan index, the index (built in file order from the
     * same files) already knows which file came first.
     */
    private static PlanReport admit(Checked c, List<String> names, Map<String, Integer> firstOfId, CrossPlan index) {
        if (c.planId() == null) return c.report();
        int position = c.position();
        String file = c.report().file();
        int first;
        if (index != null) {
            first = index.firstWith(c.planId());
            if (first < 0) {
                // it did not load in the first pass, so the other plans were compared without it
                return PlanReport.invalid(file, List.of(new LoadError(1, 1, "", "the file changed while the run was reading it; check it again")));
            }
        } else {
            first = firstOfId.computeIfAbsent(c.planId(), id -> position);
        }
        if (first != position) {
            return PlanReport.invalid(file, List.of(new LoadError(c.planIdAt()[0], c.planIdAt()[1], "plan.id",
                    "plan id \"" + c.planId() + "\" is already used by " + names.get(first))));
        }
        return c.report();
    }

    /**
     * Loads, evaluates and reports one plan; {@code crossPlan} gives its cross-plan facts in a
     * batch (null outside one). A defect met on the way becomes the plan's own error; a rule base
     * that cannot be built is not one plan's problem, so it ends the run.
     */
    private Checked checkOne(String file, Supplier<LoadedPlan> load, Selection selection, Function<Plan, List<Object>> crossPlan) {
        return checkOne(file, load, selection, crossPlan, -1);
    }

    private Checked checkOne(String file, Supplier<LoadedPlan> load, Selection selection, Function<Plan, List<Object>> crossPlan, int position) {
        LoadedPlan lp;
        try {
            lp = load.get();
        } catch (RuntimeException | StackOverflowError e) {
            return new Checked(PlanReport.defect(file, e), null, null, position);
        }
        if (!lp.isValid()) return new Checked(PlanReport.invalid(lp.file(), lp.errors()), null, null, position);
        Plan plan = lp.plan();
        Engine engine = engine(plan);
        try {
            List<Finding> findings = engine.evaluate(plan, crossPlan != null ? crossPlan.apply(plan) : List.of());
            Map<String, List<Finding>> byRequirement = new HashMap<>();
            for (Finding f : findings) byRequirement.computeIfAbsent(f.requirement(), k -> new ArrayList<>()).add(f);
            List<Result> results = new ArrayList<>();
            for (Requirement r : catalogue.requirements()) {
                if (!selection.includes(r)) continue;
                results.add(Results.combine(r, plan.plan().asOf(), byRequirement.getOrDefault(r.id(), List.of()), lp.locations(),
                        lp.provenance(), crossPlan != null));
            }
            PlanReport report = new PlanReport(lp.file(), true, plan.plan().id(), plan.footprint().code(), plan.footprint().name(),
                    plan.plan().asOf(), List.of(), results);
            return new Checked(report, plan.plan().id(), lp.locations().find("plan.id"), position);
        } catch (RuntimeException | StackOverflowError e) {
            return new Checked(PlanReport.defect(file, e), null, null, position);
        }
    }

}
