package org.stpcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;

/**
 * The two examples of plan-format.md give exactly the results its sections 3.1 and 4 list, for
 * all six families, as amended by the settled readings of requirements.md §10 where one changes a
 * result (the reading wins).
 */
class FormatExamplesTest {

    private static Map<String, String> outcomes(PlanReport p) {
        Map<String, String> m = new TreeMap<>();
        for (Result r : p.results()) m.put(r.requirement().id(), r.outcome().word() + (r.outcome().isProblem() ? " " + r.severity().word() : ""));
        return m;
    }

    @Test
    void wessexValeHasExactlyItsSixDeliberateProblemsTheS7510ReadingAndItsNotApplicables() {
        PlanReport p = TestSupport.checkOne(TestSupport.EXAMPLE);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("PG-06", "fail warning");
        expected.put("PG-28", "fail warning");
        expected.put("RECONF-05", "fail error");
        expected.put("S75-06", "fail error");
        expected.put("COMP-03", "fail error");
        expected.put("ACS-06", "unmet error");
        // §10 item 41 (not in §3.1, which passes it): s75_wessex_bcf is lead_commissioning with no
        // exercised_by, so the council's reg 9(4) reporting is checked, and la_reporting is absent
        expected.put("S75-10", "fail error");
        for (String na : List.of("PG-02", "PG-29", "COMP-08", "COMP-02", "S75-11", "ACS-10", "ENG-05")) expected.put(na, "not_applicable");
        Map<String, String> actual = outcomes(p);
        Map<String, String> notPass = new TreeMap<>();
        actual.forEach((id, o) -> { if (!o.equals("pass")) notPass.put(id, o); });
        assertThat(notPass).isEqualTo(new TreeMap<>(expected));
        assertThat(actual).hasSize(83);
    }

    @Test
    void wessexValeProblemsPointAtTheYamlTheSpecNames() {
        PlanReport p = TestSupport.checkOne(TestSupport.EXAMPLE);
        assertThat(problemPaths(TestSupport.result(p, "RECONF-05"))).anyMatch(s -> s.startsWith("reconfigurations[0]"));
        assertThat(problemPaths(TestSupport.result(p, "S75-06"))).anyMatch(s -> s.startsWith("s75_agreements[1].services[3]"));
        assertThat(problemPaths(TestSupport.result(p, "COMP-03"))).anyMatch(s -> s.startsWith("procurements[1]"));
        assertThat(problemPaths(TestSupport.result(p, "PG-28"))).anyMatch(s -> s.startsWith("activity_assumptions[1]"));
        assertThat(problemPaths(TestSupport.result(p, "ACS-06"))).anyMatch(s -> s.startsWith("acs"));
        assertThat(problemPaths(TestSupport.result(p, "S75-10")))
                .containsExactlyInAnyOrder("s75_agreements[0].agreement.la_reporting.quarterly", "s75_agreements[0].agreement.la_reporting.annual");
    }

    private static List<String> problemPaths(Result r) {
        return r.findings().stream().filter(l -> l.finding().outcome().isProblem())
                .map(l -> l.missing() != null ? l.missing() : l.path()).toList();
    }

    @Test
    void theMinimalPlanLoadsAndGivesTheOutcomesOfSection4() {
        PlanReport p = TestSupport.checkOne(TestSupport.MINIMAL);
        Map<String, String> actual = outcomes(p);
        Set<String> unmet = Set.of("PG-01", "PG-03", "PG-10", "PG-11", "PG-12", "PG-13", "PG-17", "PG-18", "PG-19", "PG-21",
                "PG-22", "PG-23", "PG-24", "PG-25", "PG-26", "PG-27", "ENG-01", "ENG-03", "ENG-06", "ENG-07");
        Set<String> fail = Set.of("PG-08", "PG-09", "PG-16", "PG-20", "ENG-04");
        Map<String, String> byOutcome = new TreeMap<>();
        actual.forEach((id, o) -> byOutcome.put(id, o.split(" ")[0]));
        for (String id : actual.keySet()) {
            String want = unmet.contains(id) ? "unmet" : fail.contains(id) ? "fail" : "not_applicable";
            assertThat(byOutcome.get(id)).as(id).isEqualTo(want);
        }
        assertThat(actual.get("ENG-04")).isEqualTo("fail warning");
        // PG-19's estate check adds a warning finding; the result stays unmet (§10 item 1)
        Result pg19 = TestSupport.result(p, "PG-19");
        assertThat(pg19.findings()).anyMatch(l -> l.finding().severity().word().equals("warning"));
    }
}
