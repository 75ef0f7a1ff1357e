package org.stpcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.RunReport;

/** Issue 10 item 7: the legal brief never confuses "not evidenced" with "clear". */
class LegalBriefTest {
    static final Renderer.Options LEGAL = new Renderer.Options(false, true);

    static RunReport unmetLegal() {
        return Reports.run(Reports.plan("alpha", "Alpha", List.of(Reports.result(Reports.PG_03, Outcome.PASS),
                Reports.result(Reports.S75_06, Outcome.UNMET))));
    }

    @Test
    void anUnmetLegalReviewRequirementIsListedUnderItsStatuteInEveryFormat() {
        String text = Reports.render(new TextRenderer(), unmetLegal(), LEGAL);
        int statute = text.indexOf("\nA statute\n");
        assertThat(statute).isPositive();
        assertThat(text.indexOf("Not evidenced: the plan does not say enough to decide")).isGreaterThan(statute);
        assertThat(text.indexOf("S75-06 UNMET (error)")).isGreaterThan(text.indexOf("Not evidenced"));
        assertThat(text).contains("cite: a citation", "at plans/alpha.yaml:10", "Confidence of a requirement's source: V verified")
                .doesNotContain("Nothing for legal review");
        String md = Reports.render(new MarkdownRenderer(), unmetLegal(), LEGAL);
        assertThat(md).contains("#### A statute\n\n**Not evidenced: the plan does not say enough to decide**\n\n- **S75-06** UNMET (error)");
        String html = Reports.render(new HtmlRenderer(), unmetLegal(), LEGAL);
        assertThat(html).contains("<h4 class=\"brief\">Not evidenced: the plan does not say enough to decide</h4>",
                "id=\"plan-alpha-S75-06\"");
        // CSV (and JSON, CliTest): the legal filter keeps unmet legal-review results too
        assertThat(Reports.render(new CsvRenderer(), unmetLegal(), LEGAL)).contains(",S75-06,").doesNotContain(",PG-03,");
    }

    @Test
    void aPlanWithNothingFailingGetsScopeLinesNotSilence() {
        RunReport clear = Reports.run(Reports.plan("alpha", "Alpha", Outcome.PASS, Outcome.PASS, Outcome.PASS));
        String text = Reports.render(new TextRenderer(), clear, LEGAL);
        assertThat(text).contains("A statute\n  Scope: passed S75-06; nothing under this statute fails, flags or is unmet.")
                .doesNotContain("Nothing for legal review");
        RunReport notApplying = Reports.run(Reports.plan("alpha", "Alpha", Outcome.PASS, Outcome.PASS, Outcome.NOT_APPLICABLE));
        assertThat(Reports.render(new TextRenderer(), notApplying, LEGAL)).contains("Scope: not applicable S75-06;");
        assertThat(Reports.render(new MarkdownRenderer(), clear, LEGAL)).contains("*Scope: passed S75-06; nothing under this statute");
        RunReport noLegal = Reports.run(Reports.plan("alpha", "Alpha", Outcome.PASS));
        assertThat(Reports.render(new TextRenderer(), noLegal, LEGAL).replaceAll("\n +", " "))
                .contains("No legal-review requirement was in the selection, so this brief clears nothing.");
    }

    @Test
    void factsAreInWordsFromTheFormatsKeyTexts() {
        var run = TestSupport.check(Path.of("rules/COMP/COMP-03/tests/fail-one-of-two.yaml"));
        String text = Reports.render(new TextRenderer(), run, LEGAL);
        assertThat(text).contains("- A contract notice or prior information notice was published: no")
                .doesNotContain("ojeu_notice=false");
    }
}
