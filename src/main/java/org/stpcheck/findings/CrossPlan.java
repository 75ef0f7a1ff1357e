package org.stpcheck.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stpcheck.catalogue.RuleConfig;
import org.stpcheck.model.Organisation;
import org.stpcheck.model.Plan;
import org.stpcheck.model.batch.ApprovedBoundaryChange;
import org.stpcheck.model.batch.BatchPlan;
import org.stpcheck.model.batch.BatchRun;
import org.stpcheck.model.batch.CcgClaim;
import org.stpcheck.model.batch.CcgMembership;
import org.stpcheck.model.batch.CouncilElsewhere;
import org.stpcheck.model.batch.LaMembership;
import org.stpcheck.model.batch.ListedCcg;

/**
 * What the cross-plan requirement (PG-02) needs to know about a whole run, gathered in one pass
 * over its plans: who lists which CCG and council, the approved boundary changes, the footprints
 * covered. Each plan is then evaluated with only the facts that concern it ({@link #factsFor}),
 * so the cross-plan work grows with the batch, not with its square. Per plan the index keeps its
 * name, id and footprint and an entry per code it lists; nothing else of the plan is held.
 */
final class CrossPlan {
    /** A plan of the run, by its position in the index. */
    private record Entry(String file, String planId, String footprintCode, String footprintName) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> entryOfFile = new HashMap<>();
    /** CCG code → the entries listing it: an Integer for one (the usual case), else an {@link IntList}. */
    private final Map<String, Object> ccgs = new HashMap<>();
    private final Map<String, Object> councils = new HashMap<>();
    private final Map<String, ApprovedBoundaryChange> approved = new HashMap<>();
    private final Set<String> footprints = new HashSet<>();
    private final RuleConfig config;
    private BatchRun run;

    CrossPlan(RuleConfig config) {
        this.config = config;
    }

    /** Adds a plan that loaded and whose id is not taken; plans are added in file order. */
    void add(String file, Plan p) {
        int i = entries.size();
        String code = p.footprint().code();
        entries.add(new Entry(file, p.plan().id(), code, p.footprint().name()));
        entryOfFile.put(file, i);
        if (code != null) footprints.add(code);
        if (p.members() != null && p.members().ccgs() != null) {
            for (Organisation c : p.members().ccgs()) claim(ccgs, c.code(), i);
        }
        if (p.members() != null && p.members().localAuthorities() != null) {
            for (Organisation la : p.members().localAuthorities()) claim(councils, councilKey(la), i);
        }
        if (p.footprint().boundaryChanges() != null) {
            for (var b : p.footprint().boundaryChanges()) {
                approved.putIfAbsent(b.ccgCode(), new ApprovedBoundaryChange(file, b.ccgCode(), code, b.otherFootprintCode()));
            }
        }
        run = null;
    }

    /** Whether {@code file} was indexed (it loaded in the first pass and its plan id was new). */
    boolean holds(String file) { return entryOfFile.containsKey(file); }

    int plans() { return entries.size(); }

    BatchRun run() {
        if (run == null) {
            Set<String> lookup = config.lookupFootprints();
            run = new BatchRun(entries.size(), !lookup.isEmpty() && footprints.containsAll(lookup), lookup.size(), ccgs.size());
        }
        return run;
    }

    /** The cross-plan facts of one indexed plan: its own memberships, and what the others add. */
    List<Object> factsFor(String file, Plan p) {
        int self = entryOfFile.get(file);
        String code = p.footprint().code();
        String name = p.footprint().name();
        String id = p.plan().id();
        List<Object> facts = new ArrayList<>();
        facts.add(run());
        facts.add(new BatchPlan(file, id, code, name));
        Set<String> seen = new HashSet<>();
        if (p.members() != null && p.members().ccgs() != null) {
            for (Organisation c : p.members().ccgs()) {
                facts.add(new CcgMembership(file, id, code, name, c.code(), c.name(), c.path()));
                if (!seen.add(c.code())) continue;
                for (int other : claimants(ccgs, c.code())) {
                    if (other == self) continue;
                    Entry e = entries.get(other);
                    facts.add(new CcgClaim(c.code(), e.file(), e.planId(), e.footprintName()));
                }
                ApprovedBoundaryChange change = approved.get(c.code());
                if (change != null) facts.add(change);
            }
        }
        if (code != null) {
            for (String lookupCcg : config.ccgsOf(code)) if (ccgs.containsKey(lookupCcg)) facts.add(new ListedCcg(lookupCcg));
        }
        if (p.members() != null && p.members().localAuthorities() != null) {
            Set<String> keys = new HashSet<>();
            for (Organisation la : p.members().localAuthorities()) {
                String key = councilKey(la);
                facts.add(new LaMembership(file, id, name, key, la.name(), la.path()));
                if (!keys.add(key)) continue;
                List<String> others = new ArrayList<>();
                for (int other : claimants(councils, key)) if (other != self) others.add(entries.get(other).footprintName());
                if (!others.isEmpty()) facts.add(new CouncilElsewhere(key, others));
            }
        }
        return facts;
    }

    /** A council is matched on its ONS code, or else its exact name. */
    private static String councilKey(Organisation la) {
        return la.code() != null ? la.code() : la.name();
    }

    private static void claim(Map<String, Object> index, String key, int entry) {
        index.merge(key, entry, (before, one) -> {
            IntList list = before instanceof IntList l ? l : new IntList((Integer) before);
            list.add(entry);
            return list;
        });
    }

    private static int[] claimants(Map<String, Object> index, String key) {
        Object v = index.get(key);
        if (v == null) return new int[0];
        return v instanceof Integer i ? new int[] {i} : ((IntList) v).toArray();
    }

    /** Entries listing one code, in file order, growing by doubling. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        IntList(int first) { add(first); }

        void add(int v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        int[] toArray() { return Arrays.copyOf(values, size); }
    }
}
