package org.stpcheck.server;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunReport;

/**
 * {@code GET /api/plans}: the plans of the folder checked together as one batch (as
 * {@code stpcheck check DIR} checks them), each with its outcome counts and its cell of the
 * plan × family matrix, and the requirements most often failed or unmet.
 */
final class DirSummary {
    private DirSummary() {}

    static ObjectNode of(String dirLabel, RunReport run) {
        ObjectNode root = Exchanges.JSON.createObjectNode();
        root.put("dir", dirLabel);
        ObjectNode summary = root.putObject("summary");
        summary.put("plans", run.plans().size());
        summary.put("invalid_plans", run.invalidPlans());
        outcomes(summary.putObject("outcomes"), run.outcomes());
        ArrayNode families = root.putArray("families");
        Catalogue.FAMILIES.forEach(families::add);
        ArrayNode plans = root.putArray("plans");
        for (PlanReport p : run.plans()) plans.add(plan(p));
        ArrayNode often = root.putArray("most_often");
        for (Frequent f : mostOften(run)) {
            ObjectNode o = often.addObject();
            o.put("requirement", f.requirement.id());
            o.put("family", f.requirement.family());
            o.put("title", f.requirement.title());
            o.put("plans", f.fail + f.unmet);
            o.put("fail", f.fail);
            o.put("unmet", f.unmet);
        }
        return root;
    }

    private static ObjectNode plan(PlanReport p) {
        ObjectNode o = Exchanges.JSON.createObjectNode();
        o.put("name", Path.of(p.file()).getFileName().toString());
        o.put("status", p.valid() ? "checked" : "invalid");
        if (p.valid()) {
            o.put("plan_id", p.planId());
            ObjectNode fp = o.putObject("footprint");
            fp.put("code", p.footprintCode());
            fp.put("name", p.footprintName());
            o.put("as_of", p.asOf().toString());
        }
        o.put("errors", p.errors().size());
        outcomes(o.putObject("outcomes"), p.outcomes());
        ObjectNode cells = o.putObject("families");
        for (String f : Catalogue.FAMILIES) cells.put(f, cell(p, f));
        return o;
    }

    /**
     * The matrix cell, in the text report's words: {@code 2F 5U 1G} (fail, unmet, flag), {@code ok}
     * when none, {@code n/a} when nothing in the family applied, {@code -} for a plan not checked.
     */
    static String cell(PlanReport p, String family) {
        if (!p.valid()) return "-";
        List<Result> rs = p.results().stream().filter(r -> r.requirement().family().equals(family)).toList();
        if (rs.isEmpty() || rs.stream().allMatch(r -> r.outcome() == Outcome.NOT_APPLICABLE)) return "n/a";
        StringBuilder b = new StringBuilder();
        for (Outcome o : new Outcome[] {Outcome.FAIL, Outcome.UNMET, Outcome.FLAG}) {
            long n = rs.stream().filter(r -> r.outcome() == o).count();
            if (n > 0) b.append(b.length() == 0 ? "" : " ").append(n).append(o == Outcome.FAIL ? "F" : o == Outcome.UNMET ? "U" : "G");
        }
        return b.length() == 0 ? "ok" : b.toString();
    }

    private record Frequent(Requirement requirement, int fail, int unmet) {}

    /** By the number of plans failing or missing each requirement, ties in catalogue order. */
    private static List<Frequent> mostOften(RunReport run) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Requirement> reqs = new LinkedHashMap<>();
        for (PlanReport p : run.plans()) {
            for (Result r : p.results()) {
                if (r.outcome() != Outcome.FAIL && r.outcome() != Outcome.UNMET) continue;
                reqs.putIfAbsent(r.requirement().id(), r.requirement());
                counts.computeIfAbsent(r.requirement().id(), k -> new int[2])[r.outcome() == Outcome.FAIL ? 0 : 1]++;
            }
        }
        return reqs.values().stream().map(q -> new Frequent(q, counts.get(q.id())[0], counts.get(q.id())[1]))
                .sorted(Comparator.comparingInt((Frequent f) -> f.fail + f.unmet).reversed()
                        .thenComparing(Frequent::requirement, Catalogue.ORDER))
                .toList();
    }

    private static void outcomes(ObjectNode o, Map<Outcome, Integer> m) {
        for (Outcome x : new Outcome[] {Outcome.PASS, Outcome.FAIL, Outcome.UNMET, Outcome.FLAG, Outcome.NOT_APPLICABLE, Outcome.WAIVED}) {
            o.put(x.word(), m.getOrDefault(x, 0));
        }
    }
}
