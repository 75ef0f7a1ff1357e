package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.stpcheck.load.PlanLoader.LoadedPlan;

/** Each kind of load error of plan-format 1.7: its message, line and column, and all errors at once. */
class PlanLoaderErrorsTest {
    private static final String HEAD = """
            format_version: 1
            plan: {id: t, name: Test, as_of: 2017-10-01}
            footprint: {name: Test}
            """;

    private static List<String> errors(String yaml) {
        LoadedPlan p = new PlanLoader().load("t.yaml", yaml);
        assertThat(p.isValid()).as("should not load:\n%s", yaml).isFalse();
        return p.formattedErrors();
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumnAndStopsThere() {
        assertThat(errors("format_version: 1\nplan: {id: t, name: x\nfootprint: {name: T}\n"))
                .singleElement().asString().startsWith("t.yaml:3:").contains("not valid YAML");
    }

    @Test
    void theYamlSubsetRefusesSecondDocumentsAnchorsAliasesTagsAndMergeKeys() {
        assertThat(errors(HEAD + "---\nformat_version: 1\n")).singleElement().asString()
                .isEqualTo("t.yaml:4:1: a second YAML document; a plan file holds exactly one");
        assertThat(errors(HEAD + "scope: &s {specialised: true}\n")).singleElement().asString()
                .isEqualTo("t.yaml:4:8: an anchor (&s) is not allowed in a plan file");
        assertThat(errors(HEAD + "gaps:\n  x: *s\n")).singleElement().asString().contains("an alias (*s) is not allowed");
        assertThat(errors(HEAD + "scope: {specialised: !!bool true}\n")).singleElement().asString()
                .startsWith("t.yaml:4:22: a tag (tag:yaml.org,2002:bool) is not allowed");
        assertThat(errors(HEAD + "scope:\n  <<: {specialised: true}\n")).singleElement().asString()
                .isEqualTo("t.yaml:5:3: a merge key (<<) is not allowed in a plan file");
    }

    @Test
    void aRepeatedKeyIsAnError() {
        assertThat(errors(HEAD + "scope:\n  specialised: true\n  specialised: false\n")).singleElement().asString()
                .isEqualTo("t.yaml:6:3: duplicate key \"specialised\" (first at line 5)");
    }

    @Test
    void formatVersionMustBeTheInteger1() {
        assertThat(errors("plan: {id: t, name: T, as_of: 2017-10-01}\nfootprint: {name: T}\n")).singleElement().asString()
                .isEqualTo("t.yaml:1:1: format_version: format_version is missing; this reader understands format_version: 1");
        assertThat(errors("format_version: \"1\"\n" + HEAD.substring(HEAD.indexOf('\n') + 1))).singleElement().asString()
                .isEqualTo("t.yaml:1:17: format_version: format_version must be the integer 1");
    }

    @Test
    void anUnknownKeyOffersTheNearestAllowedKey() {
        String yaml = HEAD + """
                governance:
                  board:
                    members:
                      - {id: a, name: A, category: gp}
                      - {id: b, name: B, category: gp}
                      - {id: c, name: C, categry: gp}
                """;
        assertThat(errors(yaml)).contains(
                "t.yaml:9:26: governance.board.members[2].categry: unknown key; did you mean \"category\"?",
                "t.yaml:9:9: governance.board.members[2].category: required key is missing");
        assertThat(errors(HEAD + "zzzzzzzz: 1\n")).singleElement().asString().isEqualTo("t.yaml:4:1: zzzzzzzz: unknown key");
    }

    @Test
    void wrongTypesNamesTheExpectedType() {
        assertThat(errors(HEAD + "scope: {specialised: yes}\n")).singleElement().asString()
                .isEqualTo("t.yaml:4:22: scope.specialised: expected true or false, found \"yes\"");
        assertThat(errors(HEAD.replace("name: Test}", "name: Test, population: \"720000\"}"))).singleElement().asString()
                .contains("footprint.population: expected an integer, found the quoted text \"720000\"");
        assertThat(errors(HEAD.replace("footprint: {name: Test}", "footprint: {name: 1234}"))).singleElement().asString()
                .isEqualTo("t.yaml:3:19: footprint.name: expected text, found the number 1234; quote it if it is text");
        assertThat(errors(HEAD + "finance: {allocation_2020_21_gbp: £1.2bn}\n")).singleElement().asString()
                .contains("finance.allocation_2020_21_gbp: expected a number");
        assertThat(errors(HEAD + "scope: [ccg_commissioned]\n")).singleElement().asString()
                .isEqualTo("t.yaml:4:8: scope: expected a mapping, found a list");
    }

    @Test
    void nullEmptyValuesEmptyStringsAndEmptyMappingsAreErrors() {
        assertThat(errors(HEAD + "scope:\n  specialised:\n")).singleElement().asString()
                .startsWith("t.yaml:5:15: scope.specialised: a null or empty value is not allowed");
        assertThat(errors(HEAD + "scope: {specialised: ~}\n")).singleElement().asString().contains("a null or empty value");
        assertThat(errors(HEAD + "governance: {lead: {name: \"  \"}}\n")).singleElement().asString()
                .contains("governance.lead.name: an empty string is not allowed");
        assertThat(errors(HEAD + "scope: {}\n")).singleElement().asString()
                .isEqualTo("t.yaml:4:8: scope: an empty mapping ({}) is not allowed; leave the key out");
    }

    @Test
    void badEnumValuesAndOutOfRangeNumbers() {
        assertThat(errors(HEAD + "governance: {lead: {sector: provder}}\n")).singleElement().asString()
                .isEqualTo("t.yaml:4:29: governance.lead.sector: \"provder\" is not allowed here; expected one of commissioner, provider, local_government; did you mean \"provider\"?");
        assertThat(errors(HEAD + "performance: {rtt_18wk_pct: [{period: \"2017/18\", value: 101}]}\n")).singleElement().asString()
                .contains("performance.rtt_18wk_pct[0].value: 101 is above the maximum 100");
        assertThat(errors(HEAD + "activity_assumptions: [{id: a, metric: beds, change_pct: -101}]\n")).singleElement().asString()
                .contains("activity_assumptions[0].change_pct: -101 is below the minimum -100");
    }

    @Test
    void aMissingRequiredKeyPointsAtItsParent() {
        assertThat(errors("format_version: 1\nplan: {id: t, name: Test}\nfootprint: {name: Test}\n")).singleElement().asString()
                .isEqualTo("t.yaml:2:7: plan.as_of: required key is missing");
    }

    @Test
    void idsMustBeWellFormedUniqueAndNotReserved() {
        assertThat(errors(HEAD + "priority_decisions: [{id: Bad Id, title: x}]\n")).singleElement().asString()
                .contains("priority_decisions[0].id: \"Bad Id\" is not a valid id");
        assertThat(errors(HEAD + "priority_decisions: [{id: a, title: x}, {id: a, title: y}]\n")).singleElement().asString()
                .isEqualTo("t.yaml:4:46: priority_decisions[1].id: id \"a\" is already used at line 4 (priority_decisions[0])");
        assertThat(errors(HEAD + "priority_decisions: [{id: hwb, title: x}]\n")).singleElement().asString()
                .contains("\"hwb\" is reserved");
    }

    @Test
    void referencesMustNameAnIdOfTheRightKind() {
        String members = "members:\n  ccgs: [{id: ccg_a, code: E38000001, name: A CCG}]\n  local_authorities: [{id: la_x, name: X Council, tier: county}]\n";
        assertThat(errors(HEAD + members + "integration: {hwb_engaged: [la_y]}\n")).singleElement().asString()
                .isEqualTo("t.yaml:7:29: integration.hwb_engaged[0]: no local authority has the id \"la_y\"; did you mean \"la_x\"?");
        assertThat(errors(HEAD + members + "integration: {hwb_engaged: [ccg_a]}\n")).singleElement().asString()
                .isEqualTo("t.yaml:7:29: integration.hwb_engaged[0]: \"ccg_a\" is a ccg (members.ccgs[0]), but local authority is needed here");
    }

    @Test
    void datesYearsPeriodsAndSeriesMonthsAreChecked() {
        assertThat(errors(HEAD.replace("2017-10-01", "2017-02-30"))).singleElement().asString()
                .isEqualTo("t.yaml:2:34: plan.as_of: \"2017-02-30\" is not a valid date (YYYY-MM-DD)");
        assertThat(errors(HEAD + "finance: {stf_assumed: [{id: s, org: x, year: \"2017/19\", gbp: 1}]}\n")).anySatisfy(e ->
                assertThat(e).contains("finance.stf_assumed[0].year: \"2017/19\" is not a financial year"));
        assertThat(errors(HEAD + "performance: {rtt_18wk_pct: [{period: \"2016/17\", value: 92}, {period: \"2017-03\", value: 93}]}\n"))
                .singleElement().asString().contains("performance.rtt_18wk_pct[1].period: period 2017-03 falls on 2017-03, the same month as performance.rtt_18wk_pct[0]");
        assertThat(errors(HEAD.replace("as_of: 2017-10-01}", "as_of: 2017-10-01, period_start: 2021-03-31, period_end: 2016-10-01}")))
                .singleElement().asString().contains("plan.period_start: period_start 2021-03-31 is after period_end 2016-10-01");
    }

    @Test
    void repeatedListValuesRepeatedKeyedRowsAndParallelListsAreChecked() {
        String members = "members:\n  ccgs: [{id: ccg_a, code: E38000001, name: A CCG}, {id: ccg_b, code: E38000002, name: B CCG}]\n";
        assertThat(errors(HEAD + members + "finance: {control_totals: [{id: c1, org: ccg_a, year: \"2017/18\", value_gbp: 1}, {id: c2, org: ccg_a, year: \"2017/18\", value_gbp: 2}]}\n"))
                .singleElement().asString().contains("finance.control_totals[1]: repeats the org and year of finance.control_totals[0]");
        assertThat(errors(HEAD + members + "reconfigurations: [{id: r, description: d, responsible_bodies: [ccg_a, ccg_a]}]\n"))
                .singleElement().asString().contains("reconfigurations[0].responsible_bodies[1]: \"ccg_a\" is already in this list");
        assertThat(errors(HEAD + members + """
                reconfigurations:
                  - id: r
                    description: d
                    tests:
                      commissioner_support: {ccgs_supporting: [ccg_a, ccg_b], resolution_dates: [2017-01-01]}
                """)).singleElement().asString().contains("resolution_dates has 1 dates but ccgs_supporting names 2 CCGs");
    }

    @Test
    void socialCareAuthorityMustAgreeWithTier() {
        assertThat(errors(HEAD + "members:\n  local_authorities: [{id: d, name: D, tier: district, social_care_authority: true}]\n"))
                .singleElement().asString().contains("members.local_authorities[0].social_care_authority: social_care_authority: true contradicts tier district");
    }

    @Test
    void everyErrorOfAFileIsReportedInLineOrder() {
        String yaml = HEAD + "scope: {specialised: yes, public_health: no}\ngovernance: {lead: {sector: provder}}\nunknownkey: 1\n";
        List<String> e = errors(yaml);
        assertThat(e).hasSize(4);
        assertThat(e).isSortedAccordingTo((a, b) -> Integer.compare(lineOf(a), lineOf(b)));
    }

    private static int lineOf(String formatted) {
        return Integer.parseInt(formatted.split(":")[1]);
    }

    @Test
    void theExamplesOfTheFormatLoad() {
        for (String f : List.of("wessex-vale.yaml", "minimal.yaml")) {
            LoadedPlan p = new PlanLoader().load(Path.of("src/test/resources/examples", f));
            assertThat(p.errors()).as(f).isEmpty();
        }
        LoadedPlan wv = new PlanLoader().load(Path.of("src/test/resources/examples/wessex-vale.yaml"));
        // social_care_authority is derived from tier when the file leaves it out (plan-format 2.4)
        assertThat(wv.plan().members().localAuthorities()).extracting(o -> o.socialCareAuthority()).containsExactly(true, false, true);
        assertThat(wv.locations().find("reconfigurations[0].tests.commissioner_support.ccgs_supporting")).containsExactly(226, 9);
        assertThat(wv.locations().find("reconfigurations[0].vfm_nothing")).containsExactly(203, 5);
    }
}
