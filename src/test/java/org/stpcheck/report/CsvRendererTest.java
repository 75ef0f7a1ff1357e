package org.stpcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.cli.Main;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.RunReport;

class CsvRendererTest {

    static List<CSVRecord> parse(Reader in) throws IOException {
        CSVFormat f = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(in, f)) {
            assertThat(p.getHeaderNames()).containsExactly(CsvRenderer.HEADER);
            return p.getRecords();
        }
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return parse(new StringReader(csv));
    }

    @Test
    void oneRowPerPlanAndSelectedRequirementAndOneForAnInvalidPlan() throws IOException {
        List<CSVRecord> rows = parse(Reports.render(new CsvRenderer(), Reports.sample()));
        assertThat(rows).hasSize(3 * 3 + 1);
        Map<String, Long> perPlan = rows.stream().collect(Collectors.groupingBy(r -> r.get("file"), Collectors.counting()));
        assertThat(perPlan).containsOnly(Map.entry("plans/alpha.yaml", 3L), Map.entry("plans/bravo.yaml", 3L),
                Map.entry("plans/charlie.yaml", 3L), Map.entry("plans/delta.yaml", 1L));
        assertThat(rows.stream().filter(r -> r.get("status").equals("checked")).map(r -> r.get("file") + " " + r.get("requirement")).distinct())
                .hasSize(9);
    }

    @Test
    void aRowCarriesTheResultAndWhereItsFirstProblemIs() throws IOException {
        CSVRecord alphaPg03 = parse(Reports.render(new CsvRenderer(), Reports.sample())).get(0);
        assertThat(alphaPg03.toMap()).containsEntry("file", "plans/alpha.yaml").containsEntry("plan_id", "alpha")
                .containsEntry("footprint_name", "Alpha").containsEntry("as_of", "2017-07-21").containsEntry("status", "checked")
                .containsEntry("requirement", "PG-03").containsEntry("family", "PG").containsEntry("title", "STP lead identified")
                .containsEntry("outcome", "unmet").containsEntry("severity", "error").containsEntry("legal_review", "false")
                .containsEntry("confidence", "V").containsEntry("findings", "1").containsEntry("line", "10")
                .containsEntry("message", "PG-03 is unmet").containsEntry("path", "governance.lead.name");
    }

    @Test
    void anInvalidPlanHasEmptyRequirementColumnsAndItsErrors() throws IOException {
        CSVRecord delta = parse(Reports.render(new CsvRenderer(), Reports.sample())).get(9);
        assertThat(delta.get("status")).isEqualTo("invalid");
        for (String c : List.of("plan_id", "requirement", "family", "title", "outcome", "severity", "legal_review", "confidence", "findings")) {
            assertThat(delta.get(c)).as(c).isEmpty();
        }
        assertThat(delta.get("message")).isEqualTo(
                "plans/delta.yaml:2:1: plan.id: plan id \"alpha\" is already used by plans/alpha.yaml | plans/delta.yaml:3:1: plan.id: second problem");
    }

    @Test
    void commasQuotesAndLineBreaksSurviveARoundTrip() throws IOException {
        String name = "Tees, \"Valley\" and\nWear";
        String first = "Pooled fund \"community, pool\" includes endoscopy,\nwhich may not be pooled.";
        String second = "Second problem; with \"quotes\"\r\nand a CRLF.";
        var r = Reports.result(Reports.S75_06, Outcome.FAIL,
                Reports.finding(Reports.S75_06, Outcome.FAIL, second, 40), Reports.finding(Reports.S75_06, Outcome.FAIL, first, 12));
        PlanReport p = Reports.plan("tees", name, List.of(r));
        RunReport report = Reports.run(p, Reports.plan("other", "Other", Outcome.PASS));

        String csv = Reports.render(new CsvRenderer(), report);
        List<CSVRecord> rows = parse(csv);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("footprint_name")).isEqualTo(name);
        assertThat(rows.get(1).get("message")).isEqualTo(second + " | " + first);
        assertThat(rows.get(1).get("findings")).isEqualTo("2");
        assertThat(rows.get(1).get("line")).isEqualTo("40");
        assertThat(rows.get(0).get("file")).isEqualTo("plans/other.yaml");
    }

    @Test
    void legalOnlyKeepsJustWhatALawyerMustReview() throws IOException {
        String csv = Reports.render(new CsvRenderer(), Reports.sample(), new Renderer.Options(false, true));
        assertThat(parse(csv)).extracting(r -> r.get("file") + " " + r.get("requirement") + " " + r.get("outcome"))
                .containsExactly("plans/alpha.yaml S75-06 fail", "plans/charlie.yaml S75-06 flag", "plans/delta.yaml  ");
    }

    @Test
    void isRegisteredAndDeterministic() {
        assertThat(Renderers.forFormat("csv")).isInstanceOf(CsvRenderer.class);
        assertThat(Reports.render(new CsvRenderer(), Reports.sample())).isEqualTo(Reports.render(new CsvRenderer(), Reports.sample()));
    }

    @Test
    void theRealPlansGiveOneRowEach(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("report.csv");
        int code = Main.run("check", "plans", "--requirement", "PG-03", "--format", "csv", "--output", out.toString());
        assertThat(code).isIn(Main.OK, Main.FINDINGS);
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            rows = parse(in);
        }
        assertThat(rows).hasSize(44);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("requirement")).isEqualTo("PG-03");
            assertThat(r.get("outcome")).isIn("pass", "unmet", "fail", "flag", "not_applicable");
        });
        assertThat(rows).extracting(r -> r.get("file")).doesNotHaveDuplicates().isSorted();
    }
}
