package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user drives it: streams, exit codes, and the JSON contract. */
class CliTest {
    static final String EXAMPLE = "src/test/resources/examples/wessex-vale.yaml";
    static final String MINIMAL = "src/test/resources/examples/minimal.yaml";

    static TestSupport.CliRun run(String... args) {
        return TestSupport.cli(args);
    }

    static JsonSchema reportSchema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(Path.of("schema/report-format-v1.schema.json").toFile()));
    }

    @Test
    void theExampleHasErrorFindingsSoTheDefaultFailOnExitsWith4() {
        TestSupport.CliRun r = run("check", EXAMPLE);
        assertThat(r.code()).isEqualTo(Main.FINDINGS);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("RECONF-05", EXAMPLE + ":226:9", "cite:", "do:");
    }

    @Test
    void failOnLevelsDecideTheExitCode() {
        assertThat(run("check", EXAMPLE, "--fail-on", "never").code()).isEqualTo(Main.OK);
        // PG-06 and PG-28 fail only as warnings: at error level they do not count
        assertThat(run("check", EXAMPLE, "--requirement", "PG-06,PG-28").code()).isEqualTo(Main.OK);
        assertThat(run("check", EXAMPLE, "--requirement", "PG-06,PG-28", "--fail-on", "warning").code()).isEqualTo(Main.FINDINGS);
        assertThat(run("check", EXAMPLE, "--requirement", "PG-03", "--fail-on", "info").code()).isEqualTo(Main.OK);
    }

    @Test
    void jsonOutputFollowsTheReportContractAndIsDeterministic() throws IOException {
        TestSupport.CliRun a = run("check", EXAMPLE, MINIMAL, "--format", "json", "--fail-on", "never");
        TestSupport.CliRun b = run("check", MINIMAL, EXAMPLE, "--format", "json", "--fail-on", "never");
        assertThat(a.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(a.out());
        assertThat(reportSchema().validate(report)).isEmpty();
        assertThat(report.at("/summary/plans").asInt()).isEqualTo(2);
        for (JsonNode plan : report.get("plans")) {
            assertThat(plan.get("results")).hasSize(83);
        }
        assertThat(a.out()).as("same plans, same bytes, whatever the argument order").isEqualTo(b.out());
        JsonNode s7506 = null;
        for (JsonNode r : report.at("/plans/1/results")) if (r.get("requirement").asText().equals("S75-06")) s7506 = r;
        assertThat(report.at("/plans/1/file").asText()).isEqualTo(EXAMPLE);
        assertThat(s7506.get("outcome").asText()).isEqualTo("fail");
        assertThat(s7506.at("/findings/0/location/line").asInt()).isEqualTo(329);
    }

    @Test
    void aBrokenPlanIsReportedWithItsLineAndCostsTheOthersNothing(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "format_version: 1\nplan: {id: b, name: B, as_of: 2017-10-01}\nfootprint: {name: B, nmae: x}\n");
        TestSupport.CliRun r = run("check", bad.toString(), EXAMPLE, "--format", "json");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(bad + ":3:22: footprint.nmae: unknown key; did you mean \"name\"?").doesNotContain("Exception");
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(reportSchema().validate(report)).isEmpty();
        assertThat(report.at("/summary/invalid_plans").asInt()).isEqualTo(1);
        assertThat(report.get("plans")).extracting(p -> p.get("status").asText()).containsExactlyInAnyOrder("invalid", "checked");
    }

    @Test
    void usageErrorsExitWith2AndNoStackTrace() {
        assertThat(run("check").code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run("check", EXAMPLE, "--format", "pdf").code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run("check", EXAMPLE, "--fail-on", "sometimes").code()).isEqualTo(Main.BAD_INPUT);
        TestSupport.CliRun missing = run("check", "no/such/plan.yaml");
        assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("no/such/plan.yaml: no such file or directory").doesNotContain("at org.");
        assertThat(run("check", EXAMPLE, "--requirement", "PG-99").err()).contains("PG-99: no such requirement");
        assertThat(run("frobnicate").code()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void rulesListsTheCatalogueAndExplainShowsOneRequirement() {
        TestSupport.CliRun rules = run("rules");
        assertThat(rules.code()).isZero();
        assertThat(rules.out()).contains("PG-01", "ENG-08", "83 requirements");
        TestSupport.CliRun explain = run("explain", "s75-06");
        assertThat(explain.code()).isZero();
        assertThat(explain.out()).contains("S75-06", "citation", "Logic", "What to do");
        assertThat(run("explain", "XX-01").code()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void theLegalViewShowsOnlyLegalReviewFailsAndFlags() throws IOException {
        TestSupport.CliRun r = run("check", EXAMPLE, "--legal", "--format", "json", "--fail-on", "never");
        JsonNode report = new ObjectMapper().readTree(r.out());
        for (JsonNode res : report.at("/plans/0/results")) {
            assertThat(res.get("legal_review").asBoolean()).isTrue();
            assertThat(res.get("outcome").asText()).isIn("fail", "flag", "unmet");
        }
        TestSupport.CliRun text = run("check", EXAMPLE, "--legal", "--fail-on", "never");
        String out = text.out();
        assertThat(out).contains("Legal review brief").doesNotContain("PG-06", "PG-28", "RECONF-05", "ACS-06");
        // grouped by the statute cited, each result under its own statute's heading
        int s75 = out.indexOf("\nNHS Act 2006 s.75 / SI 2000/617\n");
        int pcr = out.indexOf("\nPCR 2015 (SI 2015/102) regs 74-77, reg 32\n");
        assertThat(s75).isPositive();
        assertThat(pcr).isPositive();
        assertThat(out.indexOf("S75-06 FAIL")).isGreaterThan(s75);
        assertThat(out.indexOf("COMP-03 FAIL")).isGreaterThan(pcr);
        // facts in words, from the format's own key texts
        assertThat(out).contains("wessex-vale.yaml:329", "The service's category", "endoscopy", "confidence S")
                .doesNotContain("category=endoscopy");
    }

    /** --legal lists unmet legal-review results, so its exit code counts them too: not evidenced is not clear. */
    @Test
    void theLegalExitCodeCountsWhatTheBriefLists() {
        // Devon's bed reductions have no decision date: RECONF-06 (legal review, error) is unmet
        assertThat(run("check", "plans/devon.yaml", "--legal", "--requirement", "RECONF-06").code()).isEqualTo(Main.FINDINGS);
        assertThat(run("check", "plans/devon.yaml", "--legal", "--requirement", "PG-03").code()).as("not for lawyers").isEqualTo(Main.OK);
    }

    @Test
    void explainAddsTheRuleAndTheMatchedFactsWithTheirLinesToEveryResult() throws IOException {
        TestSupport.CliRun r = run("check", EXAMPLE, "--explain", "--requirement", "S75-06,S75-01", "--format", "json", "--fail-on", "never");
        JsonNode results = new ObjectMapper().readTree(r.out()).at("/plans/0/results");
        for (JsonNode res : results) {
            assertThat(res.get("findings")).as(res.get("requirement").asText()).isNotEmpty();
            for (JsonNode f : res.get("findings")) {
                assertThat(f.get("rule").asText()).startsWith(res.get("requirement").asText() + " ");
                assertThat(f.get("matched")).isNotEmpty();
            }
        }
        assertThat(r.out()).contains("S75Service svc_b_endoscopy at s75_agreements[1].services[3] (line 329)");
        // without --explain, a pass shows no evidence findings
        TestSupport.CliRun plain = run("check", EXAMPLE, "--requirement", "S75-01", "--format", "json", "--fail-on", "never");
        assertThat(new ObjectMapper().readTree(plain.out()).at("/plans/0/results/0/findings")).isEmpty();
    }

    @Test
    void editedRulesRunWithoutRebuildingAndTheirErrorsNameFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        copy(Path.of("rules"), rules);
        TestSupport.CliRun ok = run("check", EXAMPLE, "--rules", rules.toString(), "--requirement", "PG-03");
        assertThat(ok.code()).isZero();
        Path drl = rules.resolve("PG/PG-03/PG-03.drl");
        Files.writeString(drl, Files.readString(drl).replace("Plan( governance == null", "Plan( governance === null"));
        TestSupport.CliRun broken = run("check", EXAMPLE, "--rules", rules.toString());
        assertThat(broken.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(broken.err()).contains(drl + ":").contains("the rules do not compile");
        String text = Files.readString(drl).replace("Plan( governance === null", "Plan( governance == null");
        Files.writeString(drl, text + "\nrule \"PG-03 lead not named\"\n    @requirement(\"PG-03\")\nwhen\n    Plan()\nthen\nend\n");
        TestSupport.CliRun duplicate = run("check", EXAMPLE, "--rules", rules.toString());
        assertThat(duplicate.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(duplicate.err()).contains("duplicate rule name \"PG-03 lead not named\"");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
