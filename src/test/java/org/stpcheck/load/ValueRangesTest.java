package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.load.PlanLoader.LoadedPlan;
import org.stpcheck.load.Shape.Field;
import org.stpcheck.load.Shape.ListOf;
import org.stpcheck.load.Shape.Obj;
import org.stpcheck.load.Shape.Scalar;
import org.stpcheck.load.Shape.Type;

/**
 * Every number and date of the format has a range, stated in {@link PlanFormat} (so the schema and
 * the documentation publish it) and enforced by the loader (issue 7 items 1 and 6).
 */
class ValueRangesTest {
    private static final String HEAD = "format_version: 1\nplan: {id: t, name: Test, as_of: 2017-10-01}\nfootprint: {name: Test}\n";

    private static List<String> errors(String yaml) {
        return new PlanLoader().load("t.yaml", yaml).formattedErrors();
    }

    /** Every scalar of the format with its dotted path. */
    private static void scalars(Shape shape, String path, List<Object[]> out) {
        if (shape instanceof Obj o) for (Field f : o.fields()) scalars(f.shape(), path.isEmpty() ? f.key() : path + "." + f.key(), out);
        else if (shape instanceof ListOf l) scalars(l.item(), path + "[]", out);
        else out.add(new Object[] {path, shape});
    }

    @Test
    void everyNumberAndDateOfTheFormatHasARangeTheModelCanHold() {
        List<Object[]> all = new ArrayList<>();
        scalars(PlanFormat.ROOT, "", all);
        int numbers = 0;
        for (Object[] e : all) {
            Scalar s = (Scalar) e[1];
            switch (s.type()) {
                case INTEGER, NUMBER -> {
                    numbers++;
                    assertThat(s.min()).as("minimum of %s", e[0]).isNotNull();
                    assertThat(s.max()).as("maximum of %s", e[0]).isNotNull().isGreaterThan(s.min());
                    // integers bind to Integer or Long fields; every bound fits an int, every number a double exactly
                    if (s.type() == Type.INTEGER) assertThat(s.max()).as("%s", e[0]).isLessThanOrEqualTo(Integer.MAX_VALUE);
                    assertThat(Math.abs(s.max())).as("%s", e[0]).isLessThanOrEqualTo(1e15);
                }
                case DATE, FY, PERIOD -> {
                    assertThat(s.earliest()).as("earliest %s", e[0]).isNotNull();
                    assertThat(s.latest()).as("latest %s", e[0]).isAfter(s.earliest());
                }
                default -> assertThat(s.min()).as("%s is not a number", e[0]).isNull();
            }
        }
        assertThat(numbers).isGreaterThan(40);
    }

    @Test
    void asOfRunsFromThePlanningGuidanceToTheEndOfThePlanPeriodAndCoversEveryWindow() {
        assertThat(PlanFormat.AS_OF_EARLIEST).isEqualTo(Catalogue.DEFAULT_FROM);
        for (Requirement r : TestSupport.catalogue().requirements()) {
            assertThat(r.effectiveFrom()).as(r.id()).isBetween(PlanFormat.AS_OF_EARLIEST, PlanFormat.AS_OF_LATEST);
            if (r.effectiveTo() != null) assertThat(r.effectiveTo()).as(r.id()).isBetween(PlanFormat.AS_OF_EARLIEST, PlanFormat.AS_OF_LATEST);
        }
        String range = "is outside the allowed range, 2015-12-22 to 2021-03-31";
        assertThat(errors(HEAD.replace("2017-10-01", "0017-10-01"))).containsExactly("t.yaml:2:34: plan.as_of: \"0017-10-01\" " + range);
        assertThat(errors(HEAD.replace("2017-10-01", "2015-12-21"))).containsExactly("t.yaml:2:34: plan.as_of: \"2015-12-21\" " + range);
        assertThat(errors(HEAD.replace("2017-10-01", "2021-04-01"))).containsExactly("t.yaml:2:34: plan.as_of: \"2021-04-01\" " + range);
        assertThat(errors(HEAD.replace("2017-10-01", "9999-12-31"))).hasSize(1);
        assertThat(errors(HEAD.replace("2017-10-01", "2015-12-22"))).isEmpty();
        assertThat(errors(HEAD.replace("2017-10-01", "2021-03-31"))).isEmpty();
    }

    @Test
    void otherDatesYearsAndPeriodsFallFrom1900To2100() {
        assertThat(errors(HEAD + "governance: {board: {established: 1899-12-31}}\n")).singleElement().asString()
                .isEqualTo("t.yaml:4:35: governance.board.established: \"1899-12-31\" is outside the allowed range, 1900-01-01 to 2100-12-31");
        assertThat(errors(HEAD + "governance: {board: {established: 1900-01-01}}\n")).isEmpty();
        assertThat(errors(HEAD + "governance: {board: {established: 2100-12-31}}\n")).isEmpty();
        assertThat(errors(HEAD + "governance: {board: {established: 2101-01-01}}\n")).hasSize(1);
        String stf = HEAD + "members: {ccgs: [{id: c, code: E38000001, name: C}]}\nfinance: {stf_assumed: [{id: s, org: c, year: \"%s\", gbp: 1}]}\n";
        assertThat(errors(stf.formatted("1899/00"))).singleElement().asString()
                .endsWith("finance.stf_assumed[0].year: \"1899/00\" is outside the allowed range, financial years 1900/01 to 2100/01");
        assertThat(errors(stf.formatted("1900/01"))).isEmpty();
        assertThat(errors(stf.formatted("2100/01"))).isEmpty();
        assertThat(errors(stf.formatted("2101/02"))).hasSize(1);
        String series = HEAD + "performance: {rtt_18wk_pct: [{period: \"%s\", value: 92}]}\n";
        assertThat(errors(series.formatted("0001-03"))).singleElement().asString()
                .endsWith("\"0001-03\" is outside the allowed range, months 1900-01 to 2100-12 (a financial year by the month it starts)");
        assertThat(errors(series.formatted("2100-12"))).isEmpty();
        assertThat(errors(series.formatted("2101-01"))).hasSize(1);
    }

    @Test
    void eachRangeAllowsItsBoundsAndRefusesOneBeyond() {
        // {key as written in YAML, min, max, beyond}
        String[][] cases = {
                {"footprint: {name: T, population: %s}", "1", "60000000", "60000001"},
                {"footprint: {name: T, stp_number: %s}", "1", "44", "45"},
                {"reconfigurations: [{id: r, description: d, bed_change: %s}]", "-200000", "200000", "200001"},
                {"reconfigurations: [{id: r, description: d, tests: {choice: {providers_after: %s}}}]", "0", "10000", "10001"},
                {"activity_assumptions: [{id: a, metric: beds, change_pct: %s}]", "-100", "1000", "1000.01"},
                {"acs: {demand_moderation: [{id: d, metric: beds, baseline: %s, target: 1, year: \"2017/18\"}]}", "0", "1000000000", "1000000000.5"},
                {"finance: {allocation_2020_21_gbp: %s}", "0", "1000000000000", "1000000000001"},
                {"finance: {do_nothing_gap_2020_21_gbp: %s}", "-1000000000000", "1000000000000", "1000000000000.1"},
                {"transactions: [{id: x, type: merger, share_of_supply_pct: %s}]", "0", "100", "100.000001"},
                {"services: {seven_day: {priority_standards: [%s]}}", "1", "10", "11"},
        };
        for (String[] c : cases) {
            String base = c[0].startsWith("footprint") ? HEAD.replace("footprint: {name: Test}\n", c[0] + "\n") : HEAD + c[0] + "\n";
            assertThat(errors(base.formatted(c[1]))).as("%s = %s", c[0], c[1]).isEmpty();
            assertThat(errors(base.formatted(c[2]))).as("%s = %s", c[0], c[2]).isEmpty();
            assertThat(errors(base.formatted(c[3]))).as("%s = %s", c[0], c[3]).singleElement().asString()
                    .contains(c[3] + " is above the maximum " + c[2] + " (allowed: " + c[1] + " to " + c[2] + ")");
        }
        assertThat(errors(HEAD.replace("{name: Test}", "{name: Test, population: 0}"))).singleElement().asString()
                .isEqualTo("t.yaml:3:37: footprint.population: 0 is below the minimum 1 (allowed: 1 to 60000000)");
    }

    @Test
    void integersBeyondJavaIntAndHugeNumbersAreLoadErrorsNotCrashes() {
        String reconf = HEAD + "reconfigurations: [{id: r, description: d, %s}]\n";
        assertThat(errors(reconf.formatted("bed_change: 3000000000"))).singleElement().asString()
                .isEqualTo("t.yaml:4:56: reconfigurations[0].bed_change: 3000000000 is above the maximum 200000 (allowed: -200000 to 200000)");
        assertThat(errors(reconf.formatted("bed_change: -9223372036854775809"))).singleElement().asString()
                .contains("-9223372036854775809 is below the minimum -200000");
        assertThat(errors(reconf.formatted("tests: {choice: {providers_before: 3000000000, providers_after: 99999999999999999999}}")))
                .hasSize(2).allSatisfy(e -> assertThat(e).contains("is above the maximum 10000"));
        String digits = "9".repeat(400);
        String acs = HEAD + "acs: {status: shadow, demand_moderation: [{id: d, metric: beds, baseline: %s, target: %s, year: \"2017/18\"}]}\n";
        assertThat(errors(acs.formatted(digits, "1"))).singleElement().asString().isEqualTo(
                "t.yaml:4:75: acs.demand_moderation[0].baseline: " + "9".repeat(Quote.SHOWN) + "… (400 characters) is above the maximum 1000000000 (allowed: 0 to 1000000000)");
        assertThat(errors(acs.formatted("1", digits + ".5"))).singleElement().asString().contains("demand_moderation[0].target: 9999");
        assertThat(errors(acs.formatted("-" + digits, "1"))).singleElement().asString().contains("is below the minimum 0");
    }

    @Test
    void aValueWithManyDecimalPlacesStillLoadsWithinItsRange() {
        LoadedPlan p = new PlanLoader().load("t.yaml", HEAD + "finance: {allocation_2020_21_gbp: 12." + "5".repeat(90_000) + "}\n");
        assertThat(p.formattedErrors()).isEmpty();
        assertThat(p.plan().finance().allocation2020To21Gbp()).isBetween(12.5, 12.6);
    }

    @Test
    void theSchemaPublishesTheRanges() {
        String schema = JsonSchemaWriter.write();
        assertThat(schema).contains("\"formatMinimum\" : \"2015-12-22\"", "\"formatMaximum\" : \"2021-03-31\"",
                "\"pattern\" : \"^(201[5-9]|202[0-1])-[0-9]{2}-[0-9]{2}$\"", "\"maximum\" : 200000", "\"maximum\" : 1000000000000");
        assertThat(JsonSchemaWriter.years(1900, 2100)).isEqualTo("19[0-9]{2}|20[0-9]{2}|2100");
        assertThat(JsonSchemaWriter.years(1948, 1951)).isEqualTo("194[8-9]|195[0-1]");
        assertThat(LocalDate.parse("2100-12-31")).isEqualTo(Shapes.LATEST);
    }
}
