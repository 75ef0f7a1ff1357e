package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;

/** --baseline: a second draft compared with the first, result by result and plan by plan. */
class BaselineTest {
    static final Path EXAMPLE = Path.of(CliTest.EXAMPLE);

    /** The worked example as the first draft, its JSON report as the baseline; returns the baseline. */
    static Path firstDraft(Path dir) throws IOException {
        Files.copy(EXAMPLE, dir.resolve("wessex-vale.yaml"));
        TestSupport.CliRun r = TestSupport.cli("check", dir.resolve("wessex-vale.yaml").toString(), "--format", "json",
                "-o", dir.resolve("baseline.json").toString());
        assertThat(r.code()).isEqualTo(Main.FINDINGS);
        return dir.resolve("baseline.json");
    }

    /** The second draft fixes S75-06 (the excluded endoscopy service goes) and loses the lead's name (PG-03 becomes unmet). */
    static void secondDraft(Path dir) throws IOException {
        String text = Files.readString(EXAMPLE);
        String fixed = text.lines().filter(l -> !l.contains("svc_b_endoscopy") && !l.equals("    name: Jordan Hale"))
                .reduce("", (a, l) -> a + l + "\n");
        assertThat(fixed.length()).isLessThan(text.length() - 100);
        Files.writeString(dir.resolve("wessex-vale.yaml"), fixed);
    }

    @Test
    void aSecondDraftThatFixesOneProblemAndAddsAnotherShowsExactlyThat(@TempDir Path dir) throws Exception {
        Path baseline = firstDraft(dir);
        secondDraft(dir);
        TestSupport.CliRun r = TestSupport.cli("check", dir.resolve("wessex-vale.yaml").toString(), "--baseline", baseline.toString(), "--format", "json");
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(CliTest.reportSchema().validate(report)).isEmpty();
        assertThat(report.at("/baseline/new").asInt()).isOne();
        assertThat(report.at("/baseline/resolved").asInt()).isOne();
        assertThat(report.at("/baseline/changed").asInt()).isZero();
        assertThat(report.at("/baseline/unchanged").asInt()).isEqualTo(81);
        assertThat(report.at("/baseline/plans_added")).isEmpty();
        assertThat(report.at("/baseline/plans_removed")).isEmpty();
        for (JsonNode res : report.at("/plans/0/results")) {
            String id = res.get("requirement").asText();
            String expected = id.equals("PG-03") ? "new" : id.equals("S75-06") ? "resolved" : "unchanged";
            assertThat(res.get("change").asText()).as(id).isEqualTo(expected);
        }
        // SARIF: the new finding is new, the rest unchanged; the resolved one has no finding left, only its count
        JsonNode sarif = CiFormatsTest.sarif(TestSupport.cli("check", dir.resolve("wessex-vale.yaml").toString(), "--baseline", baseline.toString(),
                "--format", "sarif"));
        for (JsonNode res : sarif.at("/runs/0/results")) {
            assertThat(res.get("baselineState").asText()).as(res.get("ruleId").asText()).isEqualTo(res.get("ruleId").asText().equals("PG-03") ? "new" : "unchanged");
        }
        assertThat(sarif.at("/runs/0/properties/baseline/resolved").asInt()).isOne();
    }

    /** Text, Markdown and HTML open with what changed, and the plan names the new and the resolved requirement. */
    @Test
    void theHumanReportsSayWhatChanged(@TempDir Path dir) throws IOException {
        Path baseline = firstDraft(dir);
        secondDraft(dir);
        String plan = dir.resolve("wessex-vale.yaml").toString();
        String run = "What changed since " + baseline + ": 1 new, 1 resolved, 0 changed, 81 unchanged";
        String perPlan = "Since the baseline: new PG-03 (unmet); changed none; resolved S75-06 (now pass)";
        for (String format : new String[] {"text", "markdown", "html"}) {
            TestSupport.CliRun r = TestSupport.cli("check", plan, "--baseline", baseline.toString(), "--format", format);
            String out = String.join(" ", r.out().replace("\n", " ").split("\\s+"));
            assertThat(out).as(format).contains(run, perPlan);
        }
        String text = TestSupport.cli("check", plan, "--baseline", baseline.toString()).out();
        assertThat(text).contains("PG-03  ").containsPattern("PG-03 .*\\[new since the baseline, error");
        assertThat(TestSupport.cli("check", plan).out()).doesNotContain("baseline");
    }

    @Test
    void failOnNewFailsOnlyForNewProblems(@TempDir Path dir) throws IOException {
        Path baseline = firstDraft(dir);
        String plan = dir.resolve("wessex-vale.yaml").toString();
        assertThat(TestSupport.cli("check", plan, "--baseline", baseline.toString()).code()).as("old problems still fail without --fail-on-new").isEqualTo(Main.FINDINGS);
        assertThat(TestSupport.cli("check", plan, "--baseline", baseline.toString(), "--fail-on-new").code()).as("only old problems").isEqualTo(Main.OK);
        secondDraft(dir);
        assertThat(TestSupport.cli("check", plan, "--baseline", baseline.toString(), "--fail-on-new").code()).as("PG-03 is new").isEqualTo(Main.FINDINGS);
        assertThat(TestSupport.cli("check", plan, "--baseline", baseline.toString(), "--fail-on-new", "--requirement", "S75-06").code()).isEqualTo(Main.OK);
        TestSupport.CliRun alone = TestSupport.cli("check", plan, "--fail-on-new");
        assertThat(alone.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(alone.err()).contains("--fail-on-new needs --baseline");
    }

    @Test
    void plansAddedAndRemovedAreListed(@TempDir Path dir) throws IOException {
        Path baseline = firstDraft(dir);
        TestSupport.CliRun r = TestSupport.cli("check", CliTest.MINIMAL, "--baseline", baseline.toString(), "--format", "json");
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.at("/baseline/plans_removed/0").asText()).isEqualTo("wessex_vale");
        assertThat(report.at("/baseline/plans_added")).hasSize(1);
        assertThat(report.at("/baseline/new").asInt()).isPositive();
    }

    @Test
    void aBaselineThatIsNotAReportIsExit2(@TempDir Path dir) throws IOException {
        Path notJson = dir.resolve("plan.json");
        Files.copy(EXAMPLE, notJson);
        Path array = dir.resolve("array.json");
        Files.writeString(array, "[1, 2]");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"report_format\": 2, \"plans\": []}");
        for (Path p : new Path[] {notJson, array, other, dir.resolve("missing.json")}) {
            TestSupport.CliRun r = TestSupport.cli("check", CliTest.EXAMPLE, "--baseline", p.toString());
            assertThat(r.code()).as(p.toString()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("stpcheck: --baseline " + p).doesNotContain("Exception");
        }
        assertThat(TestSupport.cli("check", CliTest.EXAMPLE, "--baseline", array.toString()).err()).contains("not an stpcheck JSON report");
    }
}
