package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.findings.Suggestions;
import org.stpcheck.load.LoadError;
import org.stpcheck.load.Suggestion;
import org.stpcheck.load.TerminalSafe;
import org.stpcheck.model.Source;

/**
 * The JSON report of report-format.md, format 1. Written field by field with a streaming
 * generator so key order is fixed and output is byte-identical for the same input.
 */
public final class JsonRenderer implements Renderer {
    public static final String TOOL_VERSION = "1.0.0";

    @Override
    public PlanWriter open(RunHeader run, Options options, Writer out) throws IOException {
        return new Streaming(run, options, out);
    }

    /**
     * The plans go to a spool as elements of {@code {"plans": [...]}}, at the depth they have in the
     * report, so the pretty printer indents them as it would in place; at the end the head, up to
     * the summary, is written, then the spooled plans without their opening brace.
     */
    private static final class Streaming implements PlanWriter {
        private final RunHeader run;
        private final Options options;
        private final Writer out;
        private final Spool spool;
        private final JsonGenerator plans;

        Streaming(RunHeader run, Options options, Writer out) throws IOException {
            this.run = run;
            this.options = options;
            this.out = out;
            this.spool = new Spool(options.scratch());
            spool.discard(1);   // the brace of the wrapper object: in the report the head opens it
            this.plans = generator(spool);
            plans.writeStartObject();
            plans.writeArrayFieldStart("plans");
        }

        @Override
        public void plan(PlanReport p) throws IOException {
            JsonRenderer.plan(plans, p, options);
        }

        @Override
        public void finish(RunSummary summary) throws IOException {
            plans.writeEndArray();
            plans.writeEndObject();
            plans.close();
            JsonGenerator g = generator(out);
            g.writeStartObject();
            g.writeNumberField("report_format", 1);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "stpcheck");
            g.writeStringField("version", TOOL_VERSION);
            g.writeEndObject();
            g.writeObjectFieldStart("catalogue");
            g.writeNumberField("requirements", run.catalogue().size());
            g.writeStringField("config_version", run.catalogue().config().version());
            stringArray(g, "families", Catalogue.FAMILIES);
            g.writeEndObject();
            g.writeObjectFieldStart("selection");
            if (run.selection().families() == null) stringArray(g, "families", Catalogue.FAMILIES);
            else stringArray(g, "families", run.selection().families());
            if (run.selection().requirements() == null) g.writeNullField("requirements");
            else stringArray(g, "requirements", run.selection().requirements());
            g.writeBooleanField("legal_only", options.legalOnly());
            if (run.minFactConfidence() != null) g.writeStringField("min_fact_confidence", run.minFactConfidence());
            g.writeEndObject();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("plans", summary.plans().size());
            g.writeNumberField("invalid_plans", summary.invalidPlans());
            outcomes(g, summary.outcomes());
            g.writeEndObject();
            if (summary.comparison() != null) JsonReview.baseline(g, summary.comparison());
            if (summary.waivers() != null) JsonReview.waivers(g, summary.waivers());
            g.flush();   // the root object stays open: the spooled plans complete it
            out.write(",");
            spool.copyTo(out);
            out.write("\n");
        }

        @Override
        public void close() throws IOException {
            spool.close();
        }
    }

    static JsonGenerator generator(Writer w) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        JsonGenerator g = new JsonFactory().createGenerator(w).setPrettyPrinter(pp);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        g.setCharacterEscapes(TerminalEscapes.INSTANCE);
        return g;
    }

    /**
     * JSON strings escape C0 controls already; these escapes add the C1 controls, the Unicode line
     * and paragraph separators and the bidirectional controls, so a report printed on a terminal
     * cannot act on it. A JSON reader decodes them to the same characters.
     */
    private static final class TerminalEscapes extends CharacterEscapes {
        static final TerminalEscapes INSTANCE = new TerminalEscapes();
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() { return ascii; }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            String escaped = TerminalSafe.escape(String.valueOf((char) ch));
            return escaped.length() == 1 ? null : new SerializedString(String.format("\\u%04X", ch));
        }
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
            if (options.legalOnly() && !r.forLegalBrief()) continue;
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
        for (Located l : r.shownFindings(options.explain())) finding(g, l, r, options.explain());
        g.writeEndArray();
        if (r.waiver() == null) {
            g.writeNullField("waiver");
        } else {
            g.writeObjectFieldStart("waiver");
            g.writeStringField("reason", r.waiver().reason());
            g.writeStringField("approved_by", r.waiver().approvedBy());
            g.writeStringField("expires", r.waiver().expires().toString());
            g.writeStringField("original_outcome", r.waiver().originalOutcome().word());
            g.writeEndObject();
        }
        if (r.change() != null) g.writeStringField("change", r.change().word());
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Located l, Result r, boolean explain) throws IOException {
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
        // the YAML that adds what the finding says is missing (issue 8), and where its value comes from (issue 11)
        Suggestion suggestion = Suggestions.of(l, r.requirement()).orElse(null);
        if (suggestion != null) {
            g.writeObjectFieldStart("suggestion");
            g.writeStringField("path", suggestion.path());
            g.writeStringField("yaml", suggestion.yaml());
            g.writeEndObject();
        }
        if (l.source() != null) {
            Source s = l.source();
            g.writeObjectFieldStart("source");
            g.writeStringField("id", s.id());
            nullable(g, "title", s.title());
            nullable(g, "publisher", s.publisher());
            nullable(g, "url", s.url());
            nullable(g, "confidence", s.confidence());
            g.writeEndObject();
        }
        if (explain) {
            g.writeStringField("rule", l.finding().rule());
            stringArray(g, "matched", l.matched());
        }
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) g.writeNullField(name); else g.writeStringField(name, value);
    }

    static void value(JsonGenerator g, Object v) throws IOException {
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

    /** The six outcomes of the contract, always; {@code internal_error} only when it occurred (docs/report-format.md). */
    private static void outcomes(JsonGenerator g, Map<Outcome, Integer> m) throws IOException {
        g.writeObjectFieldStart("outcomes");
        for (Outcome o : new Outcome[] {Outcome.PASS, Outcome.FAIL, Outcome.UNMET, Outcome.FLAG, Outcome.NOT_APPLICABLE, Outcome.WAIVED}) {
            g.writeNumberField(o.word(), m.getOrDefault(o, 0));
        }
        int internal = m.getOrDefault(Outcome.INTERNAL_ERROR, 0);
        if (internal > 0) g.writeNumberField(Outcome.INTERNAL_ERROR.word(), internal);
        g.writeEndObject();
    }

    static void stringArray(JsonGenerator g, String name, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) g.writeString(s);
        g.writeEndArray();
    }
}
