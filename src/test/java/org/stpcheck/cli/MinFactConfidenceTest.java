package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;

/** --min-fact-confidence: values from weaker sources are absent before the rules run, and the report says the filter was on. */
class MinFactConfidenceTest {
    /**
     * plans/devon.yaml: reconfigurations[1] (rc_was_decided_number_community, bed_change -32, line 79)
     * rests on src_marc_cornelius, a low-confidence campaign page; it is the significant bed
     * reduction RECONF-06 finds unmet.
     */
    static final String DEVON = "plans/devon.yaml";

    static JsonNode json(String... args) throws IOException {
        TestSupport.CliRun r = TestSupport.cli(args);
        assertThat(r.code()).as(r.err()).isIn(Main.OK, Main.FINDINGS);
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(CliTest.reportSchema().validate(report)).isEmpty();
        return report;
    }

    @Test
    void aLowConfidenceBedChangeLosesItsFindingAtMedium() throws IOException {
        assertThat(Files.readString(Path.of(DEVON))).contains("id: src_marc_cornelius", "confidence: low}", "    source: src_marc_cornelius");
        JsonNode all = json("check", DEVON, "--requirement", "RECONF-06", "--format", "json");
        JsonNode before = all.at("/plans/0/results/0");
        assertThat(before.get("outcome").asText()).isEqualTo("unmet");
        assertThat(before.get("findings").toString()).contains("rc_was_decided_number_community");
        assertThat(all.at("/selection/min_fact_confidence").isMissingNode()).isTrue();

        JsonNode medium = json("check", DEVON, "--requirement", "RECONF-06", "--format", "json", "--min-fact-confidence", "medium");
        JsonNode after = medium.at("/plans/0/results/0");
        assertThat(after.get("findings").toString()).doesNotContain("rc_was_decided_number_community");
        assertThat(after.get("outcome").asText()).isNotEqualTo("unmet");
        assertThat(medium.at("/selection/min_fact_confidence").asText()).isEqualTo("medium");
    }

    @Test
    void findingsOfAFilteredPlanStillPointAtTheFile() throws IOException {
        // rc_possible_closure_four_community is item 4 of the file (line 92); with items 1 to 3 gone it is item 1 of what the rules see
        JsonNode medium = json("check", DEVON, "--requirement", "RECONF-01", "--format", "json", "--min-fact-confidence", "medium");
        boolean seen = false;
        for (JsonNode f : medium.at("/plans/0/results/0/findings")) {
            if (!f.get("message").asText().contains("rc_possible_closure_four_community")) continue;
            seen = true;
            assertThat(f.at("/location/path").asText()).isEqualTo("reconfigurations[4]");
            assertThat(f.at("/location/line").asInt()).isEqualTo(92);
            assertThat(f.at("/location/missing").asText()).startsWith("reconfigurations[4].");
        }
        assertThat(seen).isTrue();
    }

    @Test
    void valuesWithNoSourceAreKeptAndLowKeepsEverything() throws IOException {
        // the worked example names no sources: every filter level gives the same results
        JsonNode low = json("check", CliTest.EXAMPLE, "--format", "json");
        JsonNode high = json("check", CliTest.EXAMPLE, "--format", "json", "--min-fact-confidence", "HIGH");
        assertThat(high.get("plans")).isEqualTo(low.get("plans"));
        assertThat(high.at("/selection/min_fact_confidence").asText()).isEqualTo("high");
        assertThat(TestSupport.cli("check", DEVON, "--format", "json", "--min-fact-confidence", "low").out())
                .isEqualTo(TestSupport.cli("check", DEVON, "--format", "json").out());
        TestSupport.CliRun bad = TestSupport.cli("check", DEVON, "--min-fact-confidence", "certain");
        assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.err()).contains("expected low, medium or high");
    }

    @Test
    void theFortyFourPlansAllStillLoadAndCheckAtHigh() throws IOException {
        JsonNode high = json("check", "plans/", "--format", "json", "--min-fact-confidence", "high", "--fail-on", "never");
        assertThat(high.at("/summary/plans").asInt()).isEqualTo(44);
        assertThat(high.at("/summary/invalid_plans").asInt()).isZero();
        assertThat(high.at("/summary/outcomes/internal_error").isMissingNode()).as("no rule trips over a value taken out").isTrue();
    }
}
