package org.stpcheck.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.PlanDigest;
import org.stpcheck.findings.PlanDigest.Mark;
import org.stpcheck.findings.RunSummary;

/**
 * What the batch views (text summary, Markdown briefing, the HTML summary) say about a run,
 * computed once so the formats cannot disagree. Everything is derived from the plans' digests —
 * the results themselves, not the catalogue — so a view shows exactly what was checked, and no
 * plan's report has to be held for it.
 */
final class BatchSummary {
    /** Up to this many checked plans, the requirement × plan view is shown; beyond, it would be a wall (CSV has it all). */
    static final int GRID_PLANS = 200;

    /** A requirement that fails or is unmet in at least one plan. */
    record Frequent(Requirement requirement, int fail, int unmet) {
        int plans() { return fail + unmet; }
    }

    /** One plan's results of the given kind (its gaps, or what its lawyers must see). */
    record PlanResults(PlanDigest plan, List<Mark> results) {}

    private final RunSummary run;
    private final List<PlanDigest> checked;

    /** The run summarised (its comparison and waiver use, for {@link Changes}). */
    RunSummary run() { return run; }

    BatchSummary(RunSummary run) {
        this.run = run;
        this.checked = run.plans().stream().filter(PlanDigest::valid).toList();
    }

    /** Every plan, in file order. */
    List<PlanDigest> plans() { return run.plans(); }

    int checkedPlans() { return checked.size(); }

    /** The families that have a selected requirement, in catalogue order. */
    List<String> families() {
        return Catalogue.FAMILIES.stream().filter(f -> checked.stream().anyMatch(p -> p.hasResultsIn(f))).toList();
    }

    /** The name a reader knows a plan by; an invalid plan has none, so its file stands in. */
    static String label(PlanDigest p) {
        return p.valid() && p.footprintName() != null ? p.footprintName() : p.file();
    }

    /**
     * {@code 2F 5U 1G} (fail, unmet, flag; {@code 1E} first for an internal error); {@code ok} when
     * the family has none; {@code n/a} when nothing in it applied, since "ok" would claim a check
     * that never happened; {@code -} for a plan that was not checked.
     */
    static String cell(PlanDigest p, String family) {
        if (!p.valid()) return "-";
        if (!p.appliesIn(family)) return "n/a";
        List<Mark> rs = p.marks().stream().filter(m -> m.requirement().family().equals(family)).toList();
        List<String> parts = new ArrayList<>();
        count(rs, Outcome.INTERNAL_ERROR, "E", parts);
        count(rs, Outcome.FAIL, "F", parts);
        count(rs, Outcome.UNMET, "U", parts);
        count(rs, Outcome.FLAG, "G", parts);
        return parts.isEmpty() ? "ok" : String.join(" ", parts);
    }

    private static final String LEGEND = "F fail, U unmet, G flag; ok: none of these; n/a: nothing applied; -: plan not checked";

    /** The matrix legend; E is explained only in a run that has an internal error. */
    String legend() {
        return run.count(Outcome.INTERNAL_ERROR) > 0 ? "E internal error, " + LEGEND : LEGEND;
    }

    private static void count(List<Mark> rs, Outcome o, String letter, List<String> parts) {
        long n = rs.stream().filter(r -> r.outcome() == o).count();
        if (n > 0) parts.add(n + letter);
    }

    /** Requirements failed or unmet in the same number of plans: "44 of 44: PG-01, PG-04, ...", ties on one line. */
    record Tie(int plans, List<Frequent> requirements) {
        String ids() { return String.join(", ", requirements.stream().map(f -> f.requirement().id()).toList()); }
    }

    /** {@link #mostOften} grouped by the number of plans, most first; each group in catalogue order. */
    List<Tie> mostOftenGrouped() {
        List<Tie> out = new ArrayList<>();
        for (Frequent f : mostOften()) {
            if (out.isEmpty() || out.get(out.size() - 1).plans() != f.plans()) out.add(new Tie(f.plans(), new ArrayList<>()));
            out.get(out.size() - 1).requirements().add(f);
        }
        return out;
    }

    /** Checked plans by evidence score, best first (ties by name, then file); plans with nothing to score last. */
    List<PlanDigest> ranked() {
        return checked.stream().sorted(Comparator.comparingInt((PlanDigest p) -> -evidence(p).perMille())
                .thenComparing(BatchSummary::label).thenComparing(PlanDigest::file)).toList();
    }

    static Evidence evidence(PlanDigest p) { return Evidence.of(p.outcomes()); }

    /** "plans as of 2017-03-31 to 2017-12-31", or "plans as of 2017-12-31" when they agree; empty when none was checked. */
    String asOf() {
        var dates = checked.stream().map(PlanDigest::asOf).filter(java.util.Objects::nonNull).sorted().toList();
        if (dates.isEmpty()) return "";
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(dates.size() - 1);
        return (checked.size() == 1 ? "plan" : "plans") + " as of " + (first.equals(last) ? first : first + " to " + last);
    }

    /** Tool and catalogue versions with the plans' dates: every report names what it was made with and when the plans speak. */
    String provenanceLine() {
        String asOf = asOf();
        return Text.versions(run.header()) + (asOf.isEmpty() ? "" : "; " + asOf);
    }

    /** The requirements that failed, were unmet, flagged or hit an internal error in some plan, in catalogue order. */
    List<Requirement> gridRows() {
        Map<String, Requirement> seen = new java.util.TreeMap<>();
        for (PlanDigest p : checked) for (Mark m : p.marks()) seen.putIfAbsent(m.requirement().id(), m.requirement());
        return seen.values().stream().sorted(Catalogue.ORDER.thenComparing(Requirement::id)).toList();
    }

    /**
     * One requirement's row of the requirement × plan view, one character per plan in {@code plans}
     * order: F fail, U unmet, G flag, E internal error, {@code .} none of these.
     */
    static String gridRow(Requirement r, List<PlanDigest> plans) {
        StringBuilder b = new StringBuilder(plans.size());
        for (PlanDigest p : plans) {
            Outcome o = p.markOf(r);
            b.append(o == null ? '.' : letter(o));
        }
        return b.toString();
    }

    static char letter(Outcome o) {
        return switch (o) {
            case INTERNAL_ERROR -> 'E';
            case FAIL -> 'F';
            case UNMET -> 'U';
            case FLAG -> 'G';
            default -> '.';
        };
    }

    /** Plans with results resting on a low-confidence source, in file order. */
    List<PlanDigest> lowConfidence() {
        return checked.stream().filter(p -> p.lowConfidenceResults() > 0).toList();
    }

    /** Requirements by the number of plans failing or missing them, ties in catalogue order. */
    List<Frequent> mostOften() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Requirement> reqs = new LinkedHashMap<>();
        for (PlanDigest p : checked) {
            for (Mark r : p.marks()) {
                if (r.outcome() != Outcome.FAIL && r.outcome() != Outcome.UNMET) continue;
                reqs.putIfAbsent(r.requirement().id(), r.requirement());
                counts.computeIfAbsent(r.requirement().id(), k -> new int[2])[r.outcome() == Outcome.FAIL ? 0 : 1]++;
            }
        }
        return reqs.values().stream().map(q -> new Frequent(q, counts.get(q.id())[0], counts.get(q.id())[1]))
                .sorted(Comparator.comparingInt(Frequent::plans).reversed()
                        .thenComparing(Frequent::requirement, Catalogue.ORDER)
                        .thenComparing(f -> f.requirement().id()))
                .toList();
    }

    /** Each plan's failed and unmet results: which plan lacks which evidence. */
    Iterable<PlanResults> gaps() {
        return select(r -> r.outcome() == Outcome.FAIL || r.outcome() == Outcome.UNMET);
    }

    /** Plans with a legal-review result that fails or flags. */
    Iterable<PlanResults> legalFlags() {
        return select(Mark::forLawyers);
    }

    /** Plans with an internal-error result: whose results are incomplete, and which requirements. */
    Iterable<PlanResults> internalErrors() {
        return select(r -> r.outcome() == Outcome.INTERNAL_ERROR);
    }

    List<PlanDigest> invalid() {
        return run.plans().stream().filter(p -> !p.valid()).toList();
    }

    /**
     * The plans with results of a kind, computed as they are read: a batch of 100,000 plans lists
     * its gaps without holding them all.
     */
    private Iterable<PlanResults> select(Predicate<Mark> which) {
        return () -> checked.stream()
                .map(p -> new PlanResults(p, p.marks().stream().filter(which).sorted(Comparator.comparing(Mark::requirement, Catalogue.ORDER)).toList()))
                .filter(e -> !e.results().isEmpty())
                .iterator();
    }

    /** "fail: S75-06, COMP-02; unmet: PG-01": grouped, since a weak plan can miss dozens. */
    static String outcomes(List<Mark> rs) {
        List<String> groups = new ArrayList<>();
        for (Outcome o : new Outcome[] {Outcome.INTERNAL_ERROR, Outcome.FAIL, Outcome.UNMET, Outcome.FLAG}) {
            List<String> ids = rs.stream().filter(r -> r.outcome() == o).map(r -> r.requirement().id()).toList();
            if (!ids.isEmpty()) groups.add(o.word().replace('_', ' ') + ": " + String.join(", ", ids));
        }
        return String.join("; ", groups);
    }

    /** "None" of legal flags means something only if a legal-review requirement was checked. */
    String noLegalFlags() {
        boolean any = checked.stream().anyMatch(PlanDigest::anyLegalReview);
        return any ? "none" : "none (no legal-review requirement in the selection)";
    }

    /** Which requirements the run reported, in a reader's words. */
    String selection() {
        var s = run.selection();
        if (s.families() == null && s.requirements() == null) return "all requirements";
        List<String> parts = new ArrayList<>();
        if (s.families() != null) parts.add("families " + String.join(", ", s.families()));
        if (s.requirements() != null) parts.add("requirements " + String.join(", ", s.requirements()));
        return String.join("; ", parts);
    }

    /** Header totals: "44 plans (0 invalid): 0 fail, 13 unmet, ...". */
    String totals() {
        return Text.plural(run.plans().size(), "plan") + " (" + run.invalidPlans() + " invalid): " + Text.counts(run.outcomes());
    }
}
