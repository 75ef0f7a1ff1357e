package org.stpcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.catalogue.Confidence;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.catalogue.Severity;
import org.stpcheck.cli.Main;
import org.stpcheck.engine.Outcome;

/** The HTML report as the command line writes it: content, escaping, batch view, determinism, balanced tags. */
class HtmlRendererTest {
    static final String EXAMPLE = "src/test/resources/examples/wessex-vale.yaml";

    static TestSupport.CliRun run(String... args) {
        return TestSupport.cli(args);
    }

    static String html(String... files) {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(List.of(files));
        args.addAll(List.of("--format", "html", "--fail-on", "never"));
        TestSupport.CliRun r = run(args.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(Main.OK);
        return r.out();
    }

    static Path scriptPlan(Path dir) throws IOException {
        Path plan = dir.resolve("script.yaml");
        Files.writeString(plan, """
                format_version: 1
                plan: {id: x, name: X, as_of: 2016-10-21}
                footprint: {name: "<script>alert(1)</script>"}
                """);
        return plan;
    }

    @Test
    void onePlanShowsEachProblemWithItsLocationCitationAndRemedy() {
        String html = html(EXAMPLE);
        assertThat(html).startsWith("<!DOCTYPE html>");
        // one inline script, the filter's, allowed by its hash; nothing fetched from anywhere
        assertThat(count(html, "<script>")).isEqualTo(1);
        assertThat(html).doesNotContain("<script ", "<link", "src=", "@import", "http://", "https://");
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;sha256-");
        int at = html.indexOf("id=\"plan-wessex_vale-S75-06\"");
        assertThat(at).isPositive();
        String s7506 = html.substring(at, html.indexOf("</article>", at));
        assertThat(s7506).contains(">FAIL<", "Excluded services (core list)", "sev-error", "legal review", "confidence S");
        assertThat(s7506).contains(EXAMPLE + ":329:");
        assertThat(s7506).contains("<dt>category</dt><dd>endoscopy</dd>");
        assertThat(s7506).contains("<dt>Citation</dt><dd>SI 2000/617 as amended");
        assertThat(s7506).contains("<dt>Remedy</dt><dd>Take the excluded service out of the s.75 arrangement");
        // the fail group comes first; passes and N/A only as ids
        assertThat(html.indexOf(">FAIL</span>")).isLessThan(html.indexOf(">UNMET</span>"));
        assertThat(html).contains("<section class=\"compact pass\">");
        assertThat(html).doesNotContain("<table class=\"matrix\">");
    }

    @Test
    void planTextIsEscaped(@TempDir Path dir) throws IOException {
        String html = html(scriptPlan(dir).toString());
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).doesNotContain("<script>alert");
    }

    @Test
    void aBatchStartsWithTheSummaryMatrixThenEachPlan(@TempDir Path dir) throws IOException {
        String html = html(EXAMPLE, scriptPlan(dir).toString());
        assertThat(html).contains("<table class=\"matrix\">", "<th scope=\"col\">PG</th>", "<th scope=\"col\">S75</th>",
                "Most often failed or unmet", "Plans with legal flags", "Invalid plans, not checked");
        // anchors by plan id; each plan's findings collapsed under its name, after the summary
        assertThat(html).contains("<a href=\"#plan-wessex_vale\">Wessex Vale</a>");
        assertThat(html.indexOf("<table class=\"matrix\">")).isLessThan(html.indexOf("<details class=\"plan\" id=\"plan-x\""));
        assertThat(html).contains("<details class=\"plan\" id=\"plan-wessex_vale\" data-name=\"Wessex Vale\" data-marks=\"");
        assertThat(html).doesNotContain(" open>");
        assertThat(html).doesNotContain("<script>alert");
    }

    @Test
    void anInvalidPlanIsListedWithItsErrors(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "format_version: 1\nplan: {id: y}\n");
        TestSupport.CliRun r = run("check", EXAMPLE, bad.toString(), "--format", "html", "--fail-on", "never");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).contains("<span class=\"badge invalid\">invalid</span>", "<code>" + bad + ":");
        assertBalanced(r.out());
    }

    @Test
    void legalShowsOnlyLegalReviewResultsByStatute() {
        String html = run("check", EXAMPLE, "--format", "html", "--legal", "--fail-on", "never").out();
        assertThat(html).contains("<h1>Legal review brief</h1>", "<section class=\"statute\">", "id=\"plan-wessex_vale-S75-06\"");
        assertThat(html).doesNotContain("class=\"result unmet\"", "<section class=\"compact");
        assertBalanced(html);
    }

    @Test
    void renderingTwiceGivesIdenticalBytes(@TempDir Path dir) throws IOException {
        String plan = scriptPlan(dir).toString();
        assertThat(html(EXAMPLE, plan)).isEqualTo(html(EXAMPLE, plan));
        assertThat(html(EXAMPLE)).isEqualTo(html(EXAMPLE));
    }

    @Test
    void everyOpenedBlockIsClosed(@TempDir Path dir) throws IOException {
        assertBalanced(html(EXAMPLE));
        assertBalanced(html(EXAMPLE, scriptPlan(dir).toString()));
        assertBalanced(run("check", EXAMPLE, "--format", "html", "--explain", "--fail-on", "never").out());
    }

    static void assertBalanced(String html) {
        for (String tag : new String[] {"html", "body", "main", "section", "article", "table", "thead", "tbody", "tr", "ul", "ol", "li", "dl", "p", "h2", "h3", "h4", "details", "summary", "pre", "form", "select", "label"}) {
            assertThat(count(html, "<" + tag + "[\\s>]")).as("<%s> opened and closed", tag).isEqualTo(count(html, "</" + tag + ">"));
        }
        assertThat(count(html, "<section[\\s>]")).isPositive();
        assertThat(count(html, "<ul[\\s>]")).isPositive();
    }

    static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void anUnverifiedRequirementIsMarkedProvisional() {
        Requirement unverified = new Requirement("PG-07", "PG", "Unverified duty", Severity.WARNING, false, Confidence.U,
                "a citation", null, "a remedy", LocalDate.of(2015, 12, 22), null, "rule", "logic", false);
        String html = Reports.render(new HtmlRenderer(), Reports.run(Reports.plan("alpha", "Alpha", List.of(Reports.result(unverified, Outcome.UNMET)))));
        assertThat(html).contains("<span class=\"tag\">confidence U</span> <span class=\"tag provisional\">provisional — verify the source</span>");
        assertBalanced(html);
    }

    @Test
    void theSampleBatchListsLegalFlagsAndInvalidPlans() {
        String html = Reports.render(new HtmlRenderer(), Reports.sample());
        assertThat(html).contains("<td class=\"unmet\">1U</td><td class=\"fail\">1F</td>",
                "<a href=\"#plan-charlie\">Charlie</a> (<code>plans/charlie.yaml</code>): flag: S75-06",
                "<li><code>plans/delta.yaml:3:1</code> plan.id: second problem</li>");
        assertBalanced(html);
    }

    @Test
    void isRegistered() {
        assertThat(Renderers.forFormat("html")).isInstanceOf(HtmlRenderer.class);
    }
}
