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
 * over its plans, in file order: which plans load and whose id is new, who lists which CCG and
 * council, the approved boundary changes, which of the lookup's footprints are covered. Each plan
 * is then evaluated with only the facts that concern it ({@link #factsFor}), so the cross-plan
 * work grows with the batch, not with its square.
 *
 * <p>Per plan the index keeps its id and footprint name and one entry per code it lists. CCG codes
 * (E38 and six digits, as the format requires) are kept as numbers in one sorted array: a
 * 100,000-plan run indexes its half a million CCG listings in a few megabytes.
 */
final class CrossPlan {
    /** A plan of the run that is indexed: its position in the run's file order, id and footprint name. */
    private record Entry(int position, String planId, String footprintName) {}

    private final RuleConfig config;
    private final Set<String> lookup;
    private final List<Entry> entries = new ArrayList<>();
    /** Plan id → the position of the first file that uses it. */
    private final Map<String, Integer> firstOfId = new HashMap<>();
    /** Run position → entry, or -1 for a file that is not indexed. */
    private int[] entryAt;
    /** Each CCG listing as (code number << 32 | entry), sorted by {@link #seal}. */
    private long[] ccgs = new long[1024];
    private int ccgCount;
    /** Listings of CCG codes not of the usual form (none in a plan that loads): code → entries. */
    private final Map<String, Object> otherCcgs = new HashMap<>();
    private final Map<String, Object> councils = new HashMap<>();
    private final Map<String, ApprovedBoundaryChange> approved = new HashMap<>();
    private final Set<String> lookupCovered = new HashSet<>();
    private BatchRun run;

    CrossPlan(RuleConfig config, int files) {
        this.config = config;
        this.lookup = config.lookupFootprints();
        this.entryAt = new int[files];
        Arrays.fill(entryAt, -1);
    }

    /**
     * Adds the plan at {@code position} of the run, if its id is new (plan-format 1.7 item 10);
     * plans are added in file order. Returns false for a plan whose id an earlier file used.
     */
    boolean add(int position, String file, Plan p) {
        if (firstOfId.putIfAbsent(p.plan().id(), position) != null) return false;
        int i = entries.size();
        String code = p.footprint().code();
        entries.add(new Entry(position, p.plan().id(), p.footprint().name()));
        entryAt[position] = i;
        if (code != null && lookup.contains(code)) lookupCovered.add(code);
        if (p.members() != null && p.members().ccgs() != null) {
            for (Organisation c : p.members().ccgs()) claimCcg(c.code(), i);
        }
        if (p.members() != null && p.members().localAuthorities() != null) {
            for (Organisation la : p.members().localAuthorities()) claim(councils, councilKey(la), i);
        }
        if (p.footprint().boundaryChanges() != null) {
            for (var b : p.footprint().boundaryChanges()) {
                approved.putIfAbsent(b.ccgCode(), new ApprovedBoundaryChange(file, b.ccgCode(), code, b.otherFootprintCode()));
            }
        }
        return true;
    }

    /** After the last plan: sorts the CCG listings and fixes the facts of the run as a whole. */
    void seal() {
        ccgs = Arrays.copyOf(ccgs, ccgCount);
        Arrays.sort(ccgs);
        int distinct = otherCcgs.size();
        for (int k = 0; k < ccgs.length; k++) if (k == 0 || ccgs[k] >>> 32 != ccgs[k - 1] >>> 32) distinct++;
        run = new BatchRun(entries.size(), !lookup.isEmpty() && lookupCovered.containsAll(lookup), lookup.size(), distinct);
    }

    /** Whether the file at {@code position} was indexed (it loaded in this pass and its plan id was new). */
    boolean holds(int position) { return entryAt[position] >= 0; }

    /** The position of the first file using {@code planId}, or -1. */
    int firstWith(String planId) {
        Integer p = firstOfId.get(planId);
        return p == null ? -1 : p;
    }

    int plans() { return entries.size(); }

    /** The cross-plan facts of the indexed plan at {@code position}: its own memberships, and what the others add. */
    List<Object> factsFor(int position, String file, Plan p, List<String> files) {
        int self = entryAt[position];
        String code = p.footprint().code();
        String name = p.footprint().name();
        String id = p.plan().id();
        List<Object> facts = new ArrayList<>();
        facts.add(run);
        facts.add(new BatchPlan(file, id, code, name));
        Set<String> seen = new HashSet<>();
        if (p.members() != null && p.members().ccgs() != null) {
            for (Organisation c : p.members().ccgs()) {
                facts.add(new CcgMembership(file, id, code, name, c.code(), c.name(), c.path()));
                if (!seen.add(c.code())) continue;
                for (int other : ccgClaimants(c.code())) {
                    if (other == self) continue;
                    Entry e = entries.get(other);
                    facts.add(new CcgClaim(c.code(), files.get(e.position()), e.planId(), e.footprintName()));
                }
                ApprovedBoundaryChange change = approved.get(c.code());
                if (change != null) facts.add(change);
            }
        }
        if (code != null) {
            for (String lookupCcg : config.ccgsOf(code)) if (ccgClaimants(lookupCcg).length > 0) facts.add(new ListedCcg(lookupCcg));
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

    private void claimCcg(String code, int entry) {
        long number = ccgNumber(code);
        if (number < 0) {
            claim(otherCcgs, code, entry);
            return;
        }
        if (ccgCount == ccgs.length) ccgs = Arrays.copyOf(ccgs, ccgCount * 2);
        ccgs[ccgCount++] = number << 32 | entry;
    }

    /** The entries listing a CCG, in file order (the listings are sorted by code, then entry). */
    private int[] ccgClaimants(String code) {
        long number = ccgNumber(code);
        if (number < 0) return claimants(otherCcgs, code);
        int at = Arrays.binarySearch(ccgs, number << 32);
        int from = at >= 0 ? at : -at - 1;
        int to = from;
        while (to < ccgs.length && ccgs[to] >>> 32 == number) to++;
        int[] out = new int[to - from];
        for (int k = from; k < to; k++) out[k - from] = (int) ccgs[k];
        return out;
    }

    /** E38 and six digits as a number, or -1 for any other code. */
    private static long ccgNumber(String code) {
        if (code == null || code.length() != 9 || !code.startsWith("E38")) return -1;
        long n = 0;
        for (int k = 3; k < 9; k++) {
            char c = code.charAt(k);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
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

    /** Entries listing one key, in file order, growing by doubling. */
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
