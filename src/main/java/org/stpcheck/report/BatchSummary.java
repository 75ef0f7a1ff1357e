package org.stpcheck.report;

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
    /** How many requirements "most often failed or unmet" lists before it says how many more there are. */
    static final int TOP = 10;

    /** A requirement that fails or is unmet in at least one plan. */
    record Frequent(Requirement requirement, int fail, int unmet) {
        int plans() { return fail + unmet; }
    }

    /** One plan's results of the given kind (its gaps, or what its lawyers must see). */
    record PlanResults(PlanDigest plan, List<Mark> results) {}

    private final RunSummary run;
    private final List<PlanDigest> checked;

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
