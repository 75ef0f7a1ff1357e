package org.stpcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.RunReport;
import org.stpcheck.findings.Selection;

/** Issue 10 item 5 and issue 11 item 4: a batch view that tells plans apart, and what rests on weak sources. */
class BatchViewTest {

    @Test
    void theEvidenceScoreCountsPassAndWaivedAgainstFailAndUnmetOnly() {
        assertThat(Evidence.of(Map.of(Outcome.PASS, 3, Outcome.WAIVED, 1, Outcome.FAIL, 2, Outcome.UNMET, 2, Outcome.FLAG, 5,
                Outcome.NOT_APPLICABLE, 9)).percent()).isEqualTo("50%");
        assertThat(Evidence.of(Map.of(Outcome.PASS, 1, Outcome.UNMET, 2)).percent()).isEqualTo("33%");
        assertThat(Evidence.of(Map.of(Outcome.PASS, 2, Outcome.UNMET, 1)).percent()).isEqualTo("67%");
        assertThat(Evidence.of(Map.of(Outcome.FLAG, 2, Outcome.NOT_APPLICABLE, 1)).percent()).isEqualTo("-");
    }

    @Test
    void plansAreRankedByScoreAndTheRequirementByPlanViewShowsWhoLacksWhat() {
        String s = Reports.render(new SummaryRenderer(), Reports.sample());
        // Bravo 2 of 2 evidenced, Alpha 1 of 3, Charlie 0 of 2 (its flag counts for neither)
        assertThat(s).containsPattern("\n1  Bravo +100% ").containsPattern("\n2  Alpha +33% ").containsPattern("\n3  Charlie +0% ");
        assertThat(s).contains("""
                          0
                          123
                  PG-03   .UU
                  PG-05   ..F
                  S75-06  .FG
                """);
    }

    @Test
    void the44PlansDifferAndEveryReportNamesTheToolCatalogueAndAsOf() throws IOException {
        List<Path> plans = TerminalOutputTest.plans();
        RunReport run = TestSupport.checker().check(plans, Selection.all());
        String text = Reports.render(new TextRenderer(), run);
        assertThat(text.replaceAll("\n +", " ")).contains("stpcheck 1.0.0, catalogue " + TestSupport.catalogue().config().version(), "plans as of 2017-");
        // ties on one line, never "... and N more"
        assertThat(text).containsPattern("\n  44 of 44: PG-01, PG-04, ").doesNotContain("more requirements failed or unmet");
        assertThat(text.lines().filter(l -> l.matches(" *[0-9]+ {2}\\S.*%.*")).map(l -> l.replaceAll(".*  ([0-9]+%).*", "$1")).distinct().count())
                .as("the ranking tells plans apart").isGreaterThan(3);
        assertThat(text).contains("Results resting on a low-confidence source\n");
        assertThat(Reports.render(new MarkdownRenderer(), run)).contains("stpcheck 1.0.0, catalogue ", "plans as of 2017-", "## Plans by evidence score");
        assertThat(Reports.render(new HtmlRenderer(), run)).contains("stpcheck 1.0.0, catalogue ", "plans as of 2017-", "<table class=\"ranking\">");
    }

    @Test
    void markdownShowsMessagesLocationsCitationsAndTheYamlToAdd() {
        String md = Reports.render(new MarkdownRenderer(), TestSupport.check(TestSupport.MINIMAL));
        assertThat(md).contains("#### UNMET (", "- **PG-10** Plan period — error, confidence V", "  - *Citation:* ", "  - *Remedy:* ")
                .containsPattern("  - `src/test/resources/examples/minimal.yaml:[0-9]+:[0-9]+` The plan does not state the first day")
                .contains("    - add under `plan:`\n\n      ```yaml\n      period_start: <");
    }

    @Test
    void jsonFindingsCarryTheSuggestionAndTheSourceOfTheirValue() throws IOException {
        JsonNode minimal = new ObjectMapper().readTree(Reports.render(new JsonRenderer(), TestSupport.check(TestSupport.MINIMAL)));
        JsonNode pg10 = null;
        for (JsonNode r : minimal.at("/plans/0/results")) if (r.get("requirement").asText().equals("PG-10")) pg10 = r;
        assertThat(pg10.at("/findings/0/suggestion/path").asText()).isEqualTo("plan");
        assertThat(pg10.at("/findings/0/suggestion/yaml").asText()).startsWith("period_start: <");
        JsonNode syb = new ObjectMapper().readTree(Reports.render(new JsonRenderer(), TestSupport.check(Path.of("plans/south-yorkshire-and-bassetlaw.yaml")),
                new Renderer.Options(true, false)));
        JsonNode low = null;
        for (JsonNode r : syb.at("/plans/0/results")) for (JsonNode f : r.get("findings")) if (f.at("/source/confidence").asText().equals("low")) low = f;
        assertThat(low).isNotNull();
        assertThat(low.get("source").fieldNames()).toIterable().containsExactly("id", "title", "publisher", "url", "confidence");
    }

    @Test
    void aLowConfidenceSourceIsNamedInTextMarkdownHtmlAndCsv() throws IOException {
        RunReport syb = TestSupport.check(Path.of("plans/south-yorkshire-and-bassetlaw.yaml"));
        String line = "ENG-01 (unmet): transparency.published";
        assertThat(Reports.render(new TextRenderer(), syb)).contains("RESTING ON LOW-CONFIDENCE SOURCES (1)", line, "low confidence");
        assertThat(Reports.render(new MarkdownRenderer(), syb)).contains("#### Resting on low-confidence sources (1)", "low confidence");
        assertThat(Reports.render(new HtmlRenderer(), syb)).contains("<h3>Resting on low-confidence sources</h3>", line);
        String csv = Reports.render(new CsvRenderer(), syb, new Renderer.Options(true, false));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(rows.stream().filter(r -> r.get("requirement").equals("ENG-01")).findFirst().orElseThrow().get("source_confidence")).isEqualTo("low");
    }

    @Test
    void csvHasCitationRemedyLineColumnAndOneRowPerFindingWhenAsked() throws IOException {
        RunReport minimal = TestSupport.check(TestSupport.MINIMAL);
        String perResult = Reports.render(new CsvRenderer(), minimal);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(perResult)).getRecords();
        assertThat(rows).hasSize(TestSupport.catalogue().size());
        CSVRecord pg10 = rows.stream().filter(r -> r.get("requirement").equals("PG-10")).findFirst().orElseThrow();
        assertThat(pg10.get("citation")).isNotBlank();
        assertThat(pg10.get("remedy")).contains("plan.period_start");
        assertThat(pg10.get("severity")).isEqualTo("error");
        assertThat(pg10.get("line")).matches("[0-9]+");
        assertThat(pg10.get("column")).matches("[0-9]+");
        assertThat(pg10.get("suggestion_path")).isEqualTo("plan");
        String perFinding = Reports.render(new CsvRenderer(), minimal, Renderer.Options.plain().findingRows(true));
        List<CSVRecord> findings = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(perFinding)).getRecords();
        assertThat(findings.stream().filter(r -> r.get("requirement").equals("PG-10")).count()).isEqualTo(2);
        long shown = minimal.plans().get(0).results().stream().mapToLong(r -> Math.max(1, r.shownFindings(false).size())).sum();
        assertThat(findings).hasSize((int) shown);
        assertThat(TestSupport.cli("check", TestSupport.MINIMAL.toString(), "--format", "csv", "--csv-rows", "findings", "--fail-on", "never").out())
                .isEqualTo(perFinding);
        assertThat(TestSupport.cli("check", TestSupport.MINIMAL.toString(), "--csv-rows", "cells").code()).isEqualTo(org.stpcheck.cli.Main.BAD_INPUT);
    }

    @Test
    void aPassingNoteInsideAFailBlockIsLabelledSo() {
        var r = Reports.result(Reports.PG_03, Outcome.FAIL, Reports.finding(Reports.PG_03, Outcome.FAIL, "it fails", 10),
                new org.stpcheck.findings.Located(new org.stpcheck.engine.Finding("PG-03", Outcome.PASS, org.stpcheck.catalogue.Severity.INFO,
                        "a note", "governance.lead", Map.of(), false, "rule", List.of()), "governance.lead", null, 11, 3, List.of()));
        RunReport run = Reports.run(Reports.plan("alpha", "Alpha", List.of(r)));
        assertThat(Reports.render(new TextRenderer(), run)).contains("(note, passes) a note");
        assertThat(Reports.render(new MarkdownRenderer(), run)).contains("*(note, passes)* a note");
        assertThat(Reports.render(new HtmlRenderer(), run)).contains("<span class=\"tag\">note, passes</span> a note");
    }
}
