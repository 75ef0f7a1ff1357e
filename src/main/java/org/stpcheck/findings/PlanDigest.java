package org.stpcheck.findings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.catalogue.Severity;
import org.stpcheck.engine.Outcome;
import org.stpcheck.load.LoadError;

/**
 * What a run keeps of one plan once its report has been written: counts by outcome, which
 * families it has results in, and which requirements failed, were unmet, flagged or hit an
 * internal error — a few hundred bytes, so summaries (the batch matrix, totals, the exit code)
 * never need the reports themselves. An invalid plan keeps its load errors.
 *
 * <p>Marks are packed into ints (requirement, outcome, severity) against the run's
 * {@link RequirementTable}; {@link #marks()} unpacks them.
 */
public final class PlanDigest {
    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final Severity[] SEVERITIES = Severity.values();
    /** Beside the severity (two bits): the result is new against a baseline. */
    private static final int NEW_BIT = 8;

    private final int index;
    private final String file;
    private final boolean valid;
    private final boolean defect;
    private final String footprintName;
    private final String planId;
    private final java.time.LocalDate asOf;
    private final int lowConfidence;
    private final int[] outcomes;
    private final int familiesWithResults;
    private final int familiesApplied;
    private final boolean anyLegalReview;
    private final int[] marks;
    private final RequirementTable table;
    private final List<LoadError> errors;

    /** One result worth a summary's attention: not a pass, not applicable nor waived. */
    public record Mark(Requirement requirement, Outcome outcome, Severity severity, boolean isNew) {
        public Mark(Requirement requirement, Outcome outcome, Severity severity) { this(requirement, outcome, severity, false); }

        /** What {@code --fail-on LEVEL} counts (§10 item 4). */
        public boolean failsAt(Severity level) { return outcome.isProblem() && severity.atLeast(level); }

        /** What {@code --legal} lists, and so what its exit code counts: legal-review results that fail, flag or are unmet. */
        public boolean inLegalBrief() {
            return LegalBrief.lists(requirement, outcome);
        }

        /** Legal flags of the batch summary: legal-review results that are fail or flag. */
        public boolean forLawyers() {
            return LegalBrief.flags(requirement, outcome);
        }
    }

    PlanDigest(int index, PlanReport p, RequirementTable table) {
        this.index = index;
        this.file = p.file();
        this.valid = p.valid();
        this.defect = p.notCheckedByDefect();
        this.footprintName = p.footprintName();
        this.planId = p.planId();
        this.asOf = p.asOf();
        this.table = table;
        this.errors = p.valid() ? List.of() : p.errors();
        int[] counts = new int[OUTCOMES.length];
        int withResults = 0;
        int applied = 0;
        boolean legal = false;
        int low = 0;
        List<Integer> packed = new ArrayList<>();
        for (Result r : p.results()) {
            counts[r.outcome().ordinal()]++;
            int family = Catalogue.FAMILIES.indexOf(r.requirement().family());
            if (family >= 0) {
                withResults |= 1 << family;
                if (r.outcome() != Outcome.NOT_APPLICABLE) applied |= 1 << family;
            }
            legal |= r.requirement().legalReview();
            if (r.findings().stream().anyMatch(Located::lowConfidence)) low++;
            if (r.outcome() == Outcome.INTERNAL_ERROR || r.outcome().isProblem()) {
                packed.add(table.indexOf(r.requirement()) << 8 | r.outcome().ordinal() << 4 | (r.change() == Change.NEW ? NEW_BIT : 0)
                        | r.severity().ordinal());
            }
        }
        this.outcomes = counts;
        this.familiesWithResults = withResults;
        this.familiesApplied = applied;
        this.anyLegalReview = legal;
        this.lowConfidence = low;
        this.marks = packed.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The plan's position in the run (file order), from 0. */
    public int index() { return index; }

    public String file() { return file; }

    public boolean valid() { return valid; }

    /** Not checked because of a defect of stpcheck (see {@link PlanReport#notCheckedByDefect}). */
    public boolean notCheckedByDefect() { return defect; }

    public String footprintName() { return footprintName; }

    /** The plan's {@code plan.id}; null for a plan that did not load. */
    public String planId() { return planId; }

    /** The date the plan speaks as of; null for a plan that did not load. */
    public java.time.LocalDate asOf() { return asOf; }

    /** How many of its results have a finding that rests on a low-confidence source (issue 11). */
    public int lowConfidenceResults() { return lowConfidence; }

    /** The load errors of a plan that did not load; empty for a checked plan. */
    public List<LoadError> errors() { return errors; }

    public int count(Outcome o) { return outcomes[o.ordinal()]; }

    /** Every outcome with its count, in {@link Outcome} order. */
    public Map<Outcome, Integer> outcomes() {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : OUTCOMES) m.put(o, outcomes[o.ordinal()]);
        return m;
    }

    /** Whether the plan has a result in {@code family}. */
    public boolean hasResultsIn(String family) { return bit(familiesWithResults, family); }

    /** Whether a result in {@code family} is anything but not applicable. */
    public boolean appliesIn(String family) { return bit(familiesApplied, family); }

    /** Whether a legal-review requirement was among the plan's results (whatever its outcome). */
    public boolean anyLegalReview() { return anyLegalReview; }

    /** Results that failed, were unmet, flagged or hit an internal error, in catalogue order. */
    public List<Mark> marks() {
        List<Mark> out = new ArrayList<>(marks.length);
        for (int m : marks) out.add(new Mark(table.get(requirementOf(m)), outcomeOf(m), SEVERITIES[m & 0x7], (m & NEW_BIT) != 0));
        return out;
    }

    /**
     * The outcome of the plan's mark for {@code r} (fail, unmet, flag or internal error), or null
     * when it has none: read from the packed marks, so a batch's requirement × plan view does not
     * unpack every plan's marks for every row.
     */
    public Outcome markOf(Requirement r) {
        int i = table.find(r);
        if (i >= 0) for (int m : marks) if (requirementOf(m) == i) return outcomeOf(m);   // one result, so one mark, a requirement
        return null;
    }

    // a packed mark, as the constructor packs it: requirement << 8 | outcome << 4 | new | severity
    private static int requirementOf(int mark) { return mark >>> 8; }

    private static Outcome outcomeOf(int mark) { return OUTCOMES[mark >> 4 & 0xF]; }

    private static boolean bit(int bits, String family) {
        int i = Catalogue.FAMILIES.indexOf(family);
        return i >= 0 && (bits & 1 << i) != 0;
    }
}
