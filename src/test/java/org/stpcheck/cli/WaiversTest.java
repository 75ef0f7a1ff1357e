package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.stpcheck.TestSupport;

/** Waivers: checked like a plan, applied at the plan's as_of, reported when expired or unused, never gating. */
class WaiversTest {
    static final String EXAMPLE = CliTest.EXAMPLE;   // plan wessex_vale, footprint E54000999, as_of 2017-10-01; S75-06 fails (error)

    static final String S75_06 = """
              - plan: wessex_vale
                requirement: S75-06
                reason: Endoscopy moves out of the pool at the April refresh
                approved_by: Regional director of strategy
                expires: 2018-03-31
            """;

    static Path waivers(Path dir, String... items) throws IOException {
        Path f = dir.resolve("waivers.yaml");
        Files.writeString(f, "waivers:\n" + String.join("", items));
        return f;
    }

    static TestSupport.CliRun check(Path waivers, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "check";
        args[1] = EXAMPLE;
        args[2] = "--waivers";
        args[3] = waivers.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return TestSupport.cli(args);
    }

    static JsonNode result(JsonNode report, String id) {
        for (JsonNode r : report.at("/plans/0/results")) if (r.get("requirement").asText().equals(id)) return r;
        throw new AssertionError(id);
    }

    @Test
    void aWaivedResultKeepsItsOutcomeAndTheWaiverInJson(@TempDir Path dir) throws IOException {
        TestSupport.CliRun r = check(waivers(dir, S75_06), "--format", "json");
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(CliTest.reportSchema().validate(report)).isEmpty();
        JsonNode s7506 = result(report, "S75-06");
        assertThat(s7506.get("outcome").asText()).isEqualTo("waived");
        assertThat(s7506.at("/waiver/reason").asText()).isEqualTo("Endoscopy moves out of the pool at the April refresh");
        assertThat(s7506.at("/waiver/approved_by").asText()).isEqualTo("Regional director of strategy");
        assertThat(s7506.at("/waiver/expires").asText()).isEqualTo("2018-03-31");
        assertThat(s7506.at("/waiver/original_outcome").asText()).isEqualTo("fail");
        assertThat(s7506.get("findings")).isNotEmpty();
        assertThat(report.at("/summary/outcomes/waived").asInt()).isOne();
        assertThat(report.at("/waivers/applied").asInt()).isOne();
        assertThat(report.at("/waivers/unused")).isEmpty();
        assertThat(result(report, "PG-03").get("waiver").isNull()).isTrue();
    }

    /** The human reports name the waived result with its reason, approver, expiry and the outcome it had. */
    @Test
    void theHumanReportsShowTheWaiver(@TempDir Path dir) throws IOException {
        Path w = waivers(dir, S75_06);
        String line = "Waived S75-06 (was fail): Endoscopy moves out of the pool at the April refresh"
                + " \u2014 approved by Regional director of strategy, expires 2018-03-31";
        for (String format : new String[] {"text", "markdown", "html"}) {
            String out = String.join(" ", check(w, "--format", format).out().split("\\s+"));
            assertThat(out).as(format).contains(line, "Waivers (" + w + "): 1 result waived");
        }
    }

    @Test
    void waivedResultsNeverCountTowardsTheExitCode(@TempDir Path dir) throws IOException {
        assertThat(TestSupport.cli("check", EXAMPLE, "--requirement", "S75-06").code()).isEqualTo(Main.FINDINGS);
        TestSupport.CliRun r = check(waivers(dir, S75_06), "--requirement", "S75-06");
        assertThat(r.code()).isEqualTo(Main.OK);
        assertThat(r.err()).isEmpty();
        // a footprint code names the plan as well as its id
        assertThat(check(waivers(dir, S75_06.replace("wessex_vale", "E54000999")), "--requirement", "S75-06").code()).isEqualTo(Main.OK);
    }

    @Test
    void aWaivedResultIsASuppressedSarifResultAndASkippedJunitTest(@TempDir Path dir) throws Exception {
        Path w = waivers(dir, S75_06);
        JsonNode sarif = CiFormatsTest.sarif(check(w, "--format", "sarif"));
        JsonNode s7506 = null;
        for (JsonNode res : sarif.at("/runs/0/results")) if (res.get("ruleId").asText().equals("S75-06")) s7506 = res;
        assertThat(s7506.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(s7506.at("/suppressions/0/justification").asText()).isEqualTo("Endoscopy moves out of the pool at the April refresh");
        assertThat(s7506.at("/suppressions/0/properties/approved_by").asText()).isEqualTo("Regional director of strategy");
        assertThat(s7506.at("/suppressions/0/properties/expires").asText()).isEqualTo("2018-03-31");
        Document junit = CiFormatsTest.junit(check(w, "--format", "junit"));
        Element tc = CiFormatsTest.testcase(junit, "S75-06");
        assertThat(tc.getElementsByTagName("failure").getLength()).isZero();
        assertThat(((Element) tc.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .startsWith("waived: Endoscopy moves out of the pool at the April refresh (approved by Regional director of strategy, expires 2018-03-31");
    }

    @Test
    void aWaiverThatLapsedBeforeThePlansAsOfDoesNotApplyAndIsReportedExpired(@TempDir Path dir) throws IOException {
        Path w = waivers(dir, S75_06.replace("2018-03-31", "2017-09-30"));
        TestSupport.CliRun r = check(w, "--format", "json", "--requirement", "S75-06");
        assertThat(r.code()).isEqualTo(Main.FINDINGS);
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(result(report, "S75-06").get("outcome").asText()).isEqualTo("fail");
        assertThat(report.at("/waivers/expired/0/requirement").asText()).isEqualTo("S75-06");
        assertThat(report.at("/waivers/expired/0/line").asInt()).isEqualTo(2);
        assertThat(report.at("/waivers/expired/0/as_of").asText()).isEqualTo("2017-10-01");
        assertThat(report.at("/waivers/unused")).isEmpty();
        assertThat(r.err()).contains(w + ":2:5: waiver for wessex_vale S75-06 expired on 2017-09-30");
        // on the as_of day itself it still applies
        assertThat(check(waivers(dir, S75_06.replace("2018-03-31", "2017-10-01")), "--requirement", "S75-06").code()).isEqualTo(Main.OK);
    }

    @Test
    void aWaiverThatMatchesNothingIsReportedUnused(@TempDir Path dir) throws IOException {
        String passing = S75_06.replace("S75-06", "PG-03");   // PG-03 passes in the example: nothing to waive
        String otherPlan = S75_06.replace("wessex_vale", "E54000036");
        Path w = waivers(dir, S75_06, passing, otherPlan);
        TestSupport.CliRun r = check(w, "--format", "json");
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.at("/waivers/unused")).hasSize(2);
        assertThat(report.at("/waivers/unused/0/line").asInt()).isEqualTo(7);
        assertThat(report.at("/waivers/unused/1/plan").asText()).isEqualTo("E54000036");
        assertThat(r.err()).contains(w + ":7:5: waiver for wessex_vale PG-03 matched no fail, unmet or flag result: unused");
        // a waiver of a requirement the run did not select is not called unused
        assertThat(check(w, "--requirement", "S75-06").err()).doesNotContain("PG-03").contains("E54000036 S75-06");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "requirement", "reason", "approved_by", "expires"})
    void everyFieldIsRequired(String field, @TempDir Path dir) throws IOException {
        String item = S75_06.lines().filter(l -> !l.strip().replace("- ", "").startsWith(field + ":")).reduce("", (a, l) -> a + l + "\n");
        if (field.equals("plan")) item = item.replaceFirst(" {2}requirement", "- requirement");
        Path w = waivers(dir, item);
        TestSupport.CliRun r = check(w);
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(w + ":2:5: waivers[0]." + field + ": " + field + " is missing");
    }

    @Test
    void badValuesAreErrorsAtTheirPlace(@TempDir Path dir) throws IOException {
        Path w = waivers(dir, S75_06.replace("S75-06", "S75-99").replace("2018-03-31", "31/03/2018").replace("Regional director of strategy", "\"\""));
        TestSupport.CliRun r = check(w);
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(w + ":3:18: waivers[0].requirement: no such requirement \"S75-99\"",
                w + ":5:18: waivers[0].approved_by: approved_by must be non-empty text",
                w + ":6:14: waivers[0].expires: expires must be a date, YYYY-MM-DD");
        Files.writeString(w, "waivers:\n  - plan: [a\n");
        TestSupport.CliRun syntax = check(w);
        assertThat(syntax.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(syntax.err()).contains(w + ":").doesNotContain("Exception");
    }

    @Test
    void waiversYamlBesideThePlansIsUsedByDefaultAndIsNotAPlan(@TempDir Path dir) throws IOException {
        Files.copy(Path.of(EXAMPLE), dir.resolve("wessex-vale.yaml"));
        waivers(dir, S75_06);
        TestSupport.CliRun r = TestSupport.cli("check", dir.toString(), "--requirement", "S75-06", "--format", "json");
        assertThat(r.code()).isEqualTo(Main.OK);
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.at("/summary/plans").asInt()).isOne();
        assertThat(report.at("/waivers/files/0").asText()).isEqualTo(dir.resolve("waivers.yaml").toString());
        assertThat(result(report, "S75-06").get("outcome").asText()).isEqualTo("waived");
        // the same beside a plan file named on its own
        assertThat(TestSupport.cli("check", dir.resolve("wessex-vale.yaml").toString(), "--requirement", "S75-06").code()).isEqualTo(Main.OK);
    }
}
