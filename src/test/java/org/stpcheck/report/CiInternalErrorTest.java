package org.stpcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.catalogue.Severity;
import org.stpcheck.engine.Finding;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunReport;
import org.stpcheck.findings.Selection;

/** A rule that threw: an error-level SARIF result and a JUnit error, never a pass or a silent gap. */
class CiInternalErrorTest {
    static RunReport run() {
        Requirement pg03 = TestSupport.catalogue().find("PG-03").orElseThrow();
        Finding f = new Finding("PG-03", Outcome.INTERNAL_ERROR, Severity.ERROR, "The result of PG-03 is unknown: rule \"PG-03 lead named\" failed",
                "", Map.of("rule", "PG-03 lead named", "exception", "java.lang.IllegalStateException: boom"), false, "PG-03 lead named", List.of());
        Result r = new Result(pg03, Outcome.INTERNAL_ERROR, Severity.ERROR, List.of(new Located(f, "", null, 1, 1, List.of())));
        PlanReport p = new PlanReport("plans/x.yaml", true, "x", "E54000001", "X", LocalDate.of(2017, 10, 1), List.of(), List.of(r));
        return new RunReport(TestSupport.catalogue(), new Selection(null, List.of("PG-03")), List.of(p));
    }

    @Test
    void sarifReportsItAsAnErrorOfTheTool() throws IOException {
        StringWriter out = new StringWriter();
        new SarifRenderer().render(run(), Renderer.Options.plain(), out);
        JsonNode res = new ObjectMapper().readTree(out.toString()).at("/runs/0/results/0");
        assertThat(res.get("kind").asText()).isEqualTo("fail");
        assertThat(res.get("level").asText()).isEqualTo("error");
        assertThat(res.at("/message/text").asText()).startsWith("Internal error of stpcheck (not of the plan): The result of PG-03 is unknown");
        assertThat(res.at("/properties/outcome").asText()).isEqualTo("internal_error");
        assertThat(new ObjectMapper().readTree(out.toString()).at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isFalse();
    }

    @Test
    void junitReportsItAsAnError() throws IOException {
        StringWriter out = new StringWriter();
        new JunitRenderer().render(run(), Renderer.Options.plain(), out);
        assertThat(out.toString()).contains("errors=\"1\"", "<error message=\"internal_error (error): The result of PG-03 is unknown", "type=\"internal_error\"");
    }
}
