package org.stpcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.stpcheck.catalogue.Requirement;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.RunReport;

class MarkdownRendererTest {

    /** Cell separators: pipes not escaped by a backslash. */
    static long separators(String row) {
        return row.replaceAll("\\\\\\|", "").chars().filter(c -> c == '|').count();
    }

    @Test
    void escapesPipesSoATableKeepsItsColumns() {
        Requirement piped = Reports.requirement("PG-07", "Either | or", false);
        RunReport report = Reports.run(
                Reports.plan("pipes", "North | South *Essex*", List.of(Reports.result(piped, Outcome.UNMET))),
                Reports.plan("plain", "Plain", List.of(Reports.result(piped, Outcome.PASS))));
        String md = Reports.render(new MarkdownRenderer(), report);

        // the family matrix follows the ranking table; each keeps its columns
        List<String> table = md.lines().filter(l -> l.startsWith("|")).toList();
        assertThat(table).hasSize(2 * (2 + 2));
        assertThat(table.subList(0, 4)).allSatisfy(row -> assertThat(separators(row)).isEqualTo(11));
        assertThat(table.subList(4, 8)).allSatisfy(row -> assertThat(separators(row)).isEqualTo(3));
        assertThat(table.get(6)).isEqualTo("| North \\| South \\*Essex\\* | 1U |");
        assertThat(md).contains("- **PG-07** Either \\| or — error, confidence V");
    }

    @Test
    void briefsTotalsMatrixMostOftenLegalFlagsAndInvalidPlans() {
        String md = Reports.render(new MarkdownRenderer(), Reports.sample());
        assertThat(md).startsWith("# STP check summary\n\n**4 plans (1 invalid): 2 fail, 2 unmet, 1 flag, 3 pass, 1 not applicable**");
        assertThat(md).contains("""
                | Plan | PG | S75 |
                | --- | --- | --- |
                | Alpha | 1U | 1F |
                | Bravo | ok | n/a |
                | Charlie | 1F 1U | 1G |
                | plans/delta.yaml (invalid) | - | - |
                """);
        assertThat(md).contains("- **2 of 3 plans:** PG-03\n- **1 of 3 plans:** PG-05, S75-06\n");
        assertThat(md).contains("- **Charlie** (`plans/charlie.yaml`): flag: S75-06");
        assertThat(md).contains("- `plans/delta.yaml:2:1`: plan.id: plan id \"alpha\" is already used by plans/alpha.yaml (+1 more error)");
    }

    @Test
    void isRegisteredAndDeterministic() {
        assertThat(Renderers.forFormat("markdown")).isInstanceOf(MarkdownRenderer.class);
        assertThat(Reports.render(new MarkdownRenderer(), Reports.sample())).isEqualTo(Reports.render(new MarkdownRenderer(), Reports.sample()));
    }
}
