package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunReport;
import org.stpcheck.load.LoadError;

/**
 * The JSON report of report-format.md, format 1. Written field by field with a streaming
 * generator so key order is fixed and output is byte-identical for the same input.
 */
public final class JsonRenderer implements Renderer {
    public static final String TOOL_VERSION = "1.0.0";

    @Override
    public void render(RunReport report, Options options, Writer out) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(pp)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("report_format", 1);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "stpcheck");
            g.writeStringField("version", TOOL_VERSION);
            g.writeEndObject();
            g.writeObjectFieldStart("catalogue");
            g.writeNumberField("requirements", report.catalogue().size());
            g.writeStringField("config_version", report.catalogue().config().version());
            stringArray(g, "families", Catalogue.FAMILIES);
            g.writeEndObject();
            g.writeObjectFieldStart("selection");
            if (report.selection().families() == null) stringArray(g, "families", Catalogue.FAMILIES);
            else stringArray(g, "families", report.selection().families());
            if (report.selection().requirements() == null) g.writeNullField("requirements");
            else stringArray(g, "requirements", report.selection().requirements());
            g.writeBooleanField("legal_only", options.legalOnly());
            g.writeEndObject();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("plans", report.plans().size());
            g.writeNumberField("invalid_plans", report.invalidPlans());
            outcomes(g, report.outcomes());
            g.writeEndObject();
            g.writeArrayFieldStart("plans");
            for (PlanReport p : report.plans()) plan(g, p, options);
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    private static void plan(JsonGenerator g, PlanReport p, Options options) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", p.file());
        g.writeStringField("status", p.valid() ? "checked" : "invalid");
        if (p.valid()) {
            g.writeStringField("plan_id", p.planId());
            g.writeObjectFieldStart("footprint");
            if (p.footprintCode() == null) g.writeNullField("code"); else g.writeStringField("code", p.footprintCode());
            g.writeStringField("name", p.footprintName());
            g.writeEndObject();
            g.writeStringField("as_of", p.asOf().toString());
        } else {
            g.writeNullField("footprint");
            g.writeNullField("as_of");
        }
        g.writeArrayFieldStart("errors");
        for (LoadError e : p.errors()) {
            g.writeStartObject();
            g.writeStringField("message", e.format(p.file()));
            g.writeNumberField("line", e.line());
            g.writeNumberField("column", e.column());
            g.writeStringField("path", e.path());
            g.writeEndObject();
        }
        g.writeEndArray();
        outcomes(g, p.outcomes());
        g.writeArrayFieldStart("results");
        for (Result r : p.results()) {
            if (options.legalOnly() && !r.forLawyers()) continue;
            result(g, r, options);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Result r, Options options) throws IOException {
        g.writeStartObject();
        g.writeStringField("requirement", r.requirement().id());
        g.writeStringField("family", r.requirement().family());
        g.writeStringField("title", r.requirement().title());
        g.writeStringField("severity", r.severity().word());
        g.writeStringField("outcome", r.outcome().word());
        g.writeBooleanField("legal_review", r.requirement().legalReview());
        g.writeStringField("confidence", r.requirement().confidence().name());
        if (r.requirement().confidence().provisional()) g.writeStringField("note", "provisional — verify the source");
        g.writeStringField("citation", r.requirement().citation());
        if (r.requirement().statute() != null) g.writeStringField("statute", r.requirement().statute());
        g.writeStringField("remedy", r.requirement().remedy());
        g.writeArrayFieldStart("findings");
        for (Located l : r.shownFindings(options.explain())) finding(g, l, options.explain());
        g.writeEndArray();
        g.writeNullField("waiver");
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Located l, boolean explain) throws IOException {
        g.writeStartObject();
        g.writeStringField("outcome", l.finding().outcome().word());
        g.writeStringField("severity", l.finding().severity().word());
        g.writeStringField("message", l.finding().message());
        g.writeObjectFieldStart("location");
        g.writeStringField("path", l.path());
        g.writeNumberField("line", l.line());
        g.writeNumberField("column", l.column());
        if (l.missing() != null) g.writeStringField("missing", l.missing());
        g.writeEndObject();
        g.writeFieldName("facts");
        g.writeStartObject();
        for (Map.Entry<String, Object> e : l.finding().facts().entrySet()) {
            g.writeFieldName(e.getKey());
            value(g, e.getValue());
        }
        g.writeEndObject();
        if (explain) {
            g.writeStringField("rule", l.finding().rule());
            stringArray(g, "matched", l.matched());
        }
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof Integer || v instanceof Long) g.writeNumber(((Number) v).longValue());
        else if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) g.writeNumber((long) d); else g.writeNumber(d);
        } else if (v instanceof Iterable<?> it) {
            g.writeStartArray();
            for (Object o : it) value(g, o);
            g.writeEndArray();
        } else g.writeString(v.toString());
    }

    private static void outcomes(JsonGenerator g, Map<Outcome, Integer> m) throws IOException {
        g.writeObjectFieldStart("outcomes");
        for (Outcome o : new Outcome[] {Outcome.PASS, Outcome.FAIL, Outcome.UNMET, Outcome.FLAG, Outcome.NOT_APPLICABLE, Outcome.WAIVED}) {
            g.writeNumberField(o.word(), m.getOrDefault(o, 0));
        }
        g.writeEndObject();
    }

    private static void stringArray(JsonGenerator g, String name, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) g.writeString(s);
        g.writeEndArray();
    }
}
