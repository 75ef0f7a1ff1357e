package org.stpcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.cli.Main;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.RunReport;

class SummaryRendererTest {

    static List<String> lines(String s) { return s.lines().toList(); }

    /** The matrix: from its header line to the legend. */
    static List<String> matrix(String summary) {
        List<String> all = lines(summary);
        int from = 0;
        while (!all.get(from).startsWith("Plan ")) from++;
        int to = from;
        while (!all.get(to).startsWith("(F fail")) to++;
        return all.subList(from, to);
    }

    @Test
    void headerGivesPlansInvalidPlansAndOutcomeTotals() {
        String s = Reports.render(new SummaryRenderer(), Reports.sample());
        assertThat(lines(s).get(0)).isEqualTo("4 plans (1 invalid): 2 fail, 2 unmet, 1 flag, 3 pass, 1 not applicable");
    }

    @Test
    void theMatrixHasOneAlignedRowPerPlanSortedByFile() {
        RunReport shuffled = Reports.run(Reports.sample().plans().get(2), Reports.sample().plans().get(3),
                Reports.sample().plans().get(0), Reports.sample().plans().get(1));
        List<String> m = matrix(Reports.render(new SummaryRenderer(), shuffled));
        assertThat(m).hasSize(1 + 4);
        assertThat(m.get(0)).matches("Plan +PG +S75");
        assertThat(m.get(1)).matches("Alpha +1U +1F");
        assertThat(m.get(2)).matches("Bravo +ok +n/a");
        assertThat(m.get(3)).matches("Charlie +1F 1U +1G");
        assertThat(m.get(4)).matches("plans/delta.yaml \\(invalid\\) +- +-");
        int pg = m.get(0).indexOf("PG");
        int s75 = m.get(0).indexOf("S75");
        for (String row : m.subList(1, m.size())) {
            assertThat(row.charAt(pg - 1)).isEqualTo(' ');
            assertThat(row.substring(pg, pg + 1)).isNotBlank();
            assertThat(row.substring(s75, s75 + 1)).isNotBlank();
        }
    }

    @Test
    void isByteIdenticalWhenRenderedTwiceOrFromAnotherOrder() {
        String once = Reports.render(new SummaryRenderer(), Reports.sample());
        assertThat(Reports.render(new SummaryRenderer(), Reports.sample())).isEqualTo(once);
        var p = Reports.sample().plans();
        assertThat(Reports.render(new SummaryRenderer(), Reports.run(p.get(3), p.get(1), p.get(0), p.get(2)))).isEqualTo(once);
    }

    @Test
    void listsWhatIsMostOftenFailedOrUnmetAndWhichPlansLackWhat() {
        String s = Reports.render(new SummaryRenderer(), Reports.sample());
        // ties on one line (issue 10 item 5), not one line per requirement
        assertThat(s).contains("""
                Most often failed or unmet, by the number of plans
                  2 of 3: PG-03
                  1 of 3: PG-05, S75-06
                """);
        assertThat(s).contains("""
                Failed or unmet, by plan
                  Alpha (plans/alpha.yaml): fail: S75-06; unmet: PG-03
                  Charlie (plans/charlie.yaml): fail: PG-05; unmet: PG-03
                """);
    }

    @Test
    void namesPlansWithLegalFlagsAndInvalidPlansWithTheirFirstError() {
        String s = Reports.render(new SummaryRenderer(), Reports.sample());
        assertThat(s).contains("""
                Plans with legal flags
                  Alpha (plans/alpha.yaml): fail: S75-06
                  Charlie (plans/charlie.yaml): flag: S75-06
                """);
        assertThat(s).contains("\nInvalid plans, not checked\n");
        assertThat(s).endsWith("""
                Invalid plans, not checked
                  plans/delta.yaml:2:1: plan.id: plan id "alpha" is already used by
                      plans/alpha.yaml (+1 more error)
                """);
    }

    @Test
    void noLegalFlagsSaysWhetherAnyLegalRequirementWasChecked() {
        RunReport noLegal = Reports.run(Reports.plan("a", "A", Outcome.PASS), Reports.plan("b", "B", Outcome.UNMET));
        assertThat(Reports.render(new SummaryRenderer(), noLegal))
                .contains("Plans with legal flags: none (no legal-review requirement in the selection)");
        RunReport legalPassed = Reports.run(Reports.plan("a", "A", Outcome.PASS, Outcome.PASS, Outcome.PASS),
                Reports.plan("b", "B", Outcome.PASS, Outcome.PASS, Outcome.PASS));
        assertThat(Reports.render(new SummaryRenderer(), legalPassed)).contains("Plans with legal flags: none\n")
                .contains("Most often failed or unmet: none\n");
    }

    @Test
    void textSummarisesABatchButNotOnePlanNorALegalBrief() {
        RunReport batch = Reports.sample();
        assertThat(Reports.render(Renderers.forFormat("text"), batch)).isEqualTo(Reports.render(new SummaryRenderer(), batch));
        RunReport one = Reports.run(Reports.sample().plans().get(0));
        assertThat(Reports.render(Renderers.forFormat("text"), one)).startsWith("plans/alpha.yaml — Alpha").doesNotContain("Most often");
        String legal = Reports.render(Renderers.forFormat("text"), batch, new Renderer.Options(false, true));
        assertThat(legal).contains("Legal review brief: Alpha (plans/alpha.yaml)").contains("Legal review brief: Charlie")
                .doesNotContain("Most often");
    }

    @Test
    void theRealPlansGiveOneMatrixRowEach(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("summary.txt");
        int code = Main.run("check", "plans", "--requirement", "PG-03", "--output", out.toString());
        assertThat(code).isIn(Main.OK, Main.FINDINGS);
        String s = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(lines(s).get(0)).startsWith("44 plans (0 invalid): ");
        assertThat(matrix(s)).hasSize(1 + 44).allSatisfy(row -> assertThat(row).matches(".*  +(ok|n/a|[0-9FUG ]+|PG)"));
    }
}
