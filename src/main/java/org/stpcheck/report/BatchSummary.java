package org.stpcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunReport;

/**
 * What the batch views (text summary, Markdown briefing) say about a run, computed once so the
 * two formats cannot disagree. Everything is derived from the results themselves rather than the
 * catalogue, so a view shows exactly what was checked.
 */
final class BatchSummary {
    /** How many requirements "most often failed or unmet" lists before it says how many more there are. */
    static final int TOP = 10;

    /** A requirement that fails or is unmet in at least one plan. */
    record Frequent(Requirement requirement, int fail, int unmet) {
        int plans() { return fail + unmet; }
    }

    /** One plan's results of the given kind (its gaps, or what its lawyers must see). */
    record PlanResults(PlanReport plan, List<Result> results) {}

    private final RunReport report;
    private final List<PlanReport> plans;
    private final List<PlanReport> checked;

    BatchSummary(RunReport report) {
        this.report = report;
        this.plans = report.plans().stream().sorted(Comparator.comparing(PlanReport::file)).toList();
        this.checked = plans.stream().filter(PlanReport::valid).toList();
    }

    RunReport report() { return report; }

    List<PlanReport> plans() { return plans; }

    int checkedPlans() { return checked.size(); }

    /** The families that have a selected requirement, in catalogue order. */
    List<String> families() {
        return checked.stream().flatMap(p -> p.results().stream()).map(r -> r.requirement().family()).distinct()
                .sorted(Comparator.comparingInt(Catalogue.FAMILIES::indexOf)).toList();
    }

    /** The name a reader knows a plan by; an invalid plan has none, so its file stands in. */
    static String label(PlanReport p) {
        return p.valid() && p.footprintName() != null ? p.footprintName() : p.file();
    }

    /**
     * {@code 2F 5U 1G} (fail, unmet, flag); {@code ok} when the family has none; {@code n/a} when
     * nothing in it applied, since "ok" would claim a check that never happened; {@code -} for a
     * plan that was not checked.
     */
    static String cell(PlanReport p, String family) {
        if (!p.valid()) return "-";
        List<Result> rs = p.results().stream().filter(r -> r.requirement().family().equals(family)).toList();
        if (rs.isEmpty() || rs.stream().allMatch(r -> r.outcome() == Outcome.NOT_APPLICABLE)) return "n/a";
        List<String> parts = new ArrayList<>();
        count(rs, Outcome.FAIL, "F", parts);
        count(rs, Outcome.UNMET, "U", parts);
        count(rs, Outcome.FLAG, "G", parts);
        return parts.isEmpty() ? "ok" : String.join(" ", parts);
    }

    static final String LEGEND = "F fail, U unmet, G flag; ok: none of these; n/a: nothing applied; -: plan not checked";

    private static void count(List<Result> rs, Outcome o, String letter, List<String> parts) {
        long n = rs.stream().filter(r -> r.outcome() == o).count();
        if (n > 0) parts.add(n + letter);
    }

    /** Requirements by the number of plans failing or missing them, ties in catalogue order. */
    List<Frequent> mostOften() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Requirement> reqs = new LinkedHashMap<>();
        for (PlanReport p : checked) {
            for (Result r : p.results()) {
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
    List<PlanResults> gaps() {
        return select(r -> r.outcome() == Outcome.FAIL || r.outcome() == Outcome.UNMET);
    }

    /** Plans with a legal-review result that fails or flags. */
    List<PlanResults> legalFlags() {
        return select(Result::forLawyers);
    }

    List<PlanReport> invalid() {
        return plans.stream().filter(p -> !p.valid()).toList();
    }

    private List<PlanResults> select(java.util.function.Predicate<Result> which) {
        List<PlanResults> out = new ArrayList<>();
        for (PlanReport p : checked) {
            List<Result> rs = p.results().stream().filter(which).sorted(Comparator.comparing(Result::requirement, Catalogue.ORDER)).toList();
            if (!rs.isEmpty()) out.add(new PlanResults(p, rs));
        }
        return out;
    }

    /** "fail: S75-06, COMP-02; unmet: PG-01": grouped, since a weak plan can miss dozens. */
    static String outcomes(List<Result> rs) {
        List<String> groups = new ArrayList<>();
        for (Outcome o : new Outcome[] {Outcome.FAIL, Outcome.UNMET, Outcome.FLAG}) {
            List<String> ids = rs.stream().filter(r -> r.outcome() == o).map(r -> r.requirement().id()).toList();
            if (!ids.isEmpty()) groups.add(o.word() + ": " + String.join(", ", ids));
        }
        return String.join("; ", groups);
    }

    /** "None" of legal flags means something only if a legal-review requirement was checked. */
    String noLegalFlags() {
        boolean any = checked.stream().flatMap(p -> p.results().stream()).anyMatch(r -> r.requirement().legalReview());
        return any ? "none" : "none (no legal-review requirement in the selection)";
    }

    /** Which requirements the run reported, in a reader's words. */
    String selection() {
        var s = report.selection();
        if (s.families() == null && s.requirements() == null) return "all requirements";
        List<String> parts = new ArrayList<>();
        if (s.families() != null) parts.add("families " + String.join(", ", s.families()));
        if (s.requirements() != null) parts.add("requirements " + String.join(", ", s.requirements()));
        return String.join("; ", parts);
    }

    /** Header totals: "44 plans (0 invalid): 0 fail, 13 unmet, ...". */
    String totals() {
        return Text.plural(plans.size(), "plan") + " (" + report.invalidPlans() + " invalid): " + Text.counts(report.outcomes());
    }
}
