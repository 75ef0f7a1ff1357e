package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.stpcheck.catalogue.Requirement;
import org.stpcheck.catalogue.Severity;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.Change;
import org.stpcheck.findings.Comparison;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanDigest;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.findings.WaiverUse;
import org.stpcheck.load.LoadError;

/**
 * SARIF 2.1.0 for code-scanning tools: one run, a rule per selected requirement, and one result
 * per fail, unmet or flag finding (each its own result, as GitHub code scanning expects), placed at
 * the finding's line and column in the plan file as the user named it. Waived findings carry an
 * external suppression with the waiver; internal errors are error-level results; plans that do
 * not load are the invocation's tool execution notifications. JSON key order does not matter to
 * SARIF, so results stream as plans arrive and the invocation, which needs the whole run, follows.
 */
public final class SarifRenderer implements Renderer {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public PlanWriter open(RunHeader run, Options options, Writer out) throws IOException {
        return new Streaming(run, options, out);
    }

    private static final class Streaming implements PlanWriter {
        private final Options options;
        private final Writer out;
        private final JsonGenerator g;
        private final Map<String, Integer> ruleIndex = new HashMap<>();

        Streaming(RunHeader run, Options options, Writer out) throws IOException {
            this.options = options;
            this.out = out;
            this.g = JsonRenderer.generator(out);
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "stpcheck");
            g.writeStringField("version", JsonRenderer.TOOL_VERSION);
            g.writeStringField("semanticVersion", JsonRenderer.TOOL_VERSION);
            g.writeArrayFieldStart("rules");
            for (Requirement r : run.catalogue().requirements()) {
                if (!run.selection().includes(r)) continue;
                ruleIndex.put(r.id(), ruleIndex.size());
                rule(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
        }

        @Override
        public void plan(PlanReport p) throws IOException {
            if (!p.valid()) return;   // its errors are notifications of the invocation, written at the end
            for (Result r : p.results()) {
                if (options.legalOnly() && !r.requirement().legalReview()) continue;
                boolean waived = r.outcome() == Outcome.WAIVED;
                if (!waived && !r.outcome().isProblem() && r.outcome() != Outcome.INTERNAL_ERROR) continue;
                for (Located l : r.findings()) {
                    Outcome o = l.finding().outcome();
                    if (o.isProblem() || o == Outcome.INTERNAL_ERROR) result(p, r, l);
                }
            }
        }

        private void result(PlanReport p, Result r, Located l) throws IOException {
            Outcome o = l.finding().outcome();
            g.writeStartObject();
            g.writeStringField("ruleId", r.requirement().id());
            g.writeNumberField("ruleIndex", ruleIndex.get(r.requirement().id()));
            g.writeStringField("kind", "fail");
            g.writeStringField("level", o == Outcome.INTERNAL_ERROR ? "error" : level(l.finding().severity()));
            g.writeObjectFieldStart("message");
            g.writeStringField("text", (o == Outcome.INTERNAL_ERROR ? "Internal error of stpcheck (not of the plan): " : "")
                    + l.finding().message());
            g.writeEndObject();
            g.writeArrayFieldStart("locations");
            location(g, p.file(), l.line(), l.column());
            g.writeEndArray();
            if (r.change() != null) g.writeStringField("baselineState", baselineState(r.change()));
            if (r.waiver() != null) {
                g.writeArrayFieldStart("suppressions");
                g.writeStartObject();
                g.writeStringField("kind", "external");
                g.writeStringField("status", "accepted");
                g.writeStringField("justification", r.waiver().reason());
                g.writeObjectFieldStart("properties");
                g.writeStringField("approved_by", r.waiver().approvedBy());
                g.writeStringField("expires", r.waiver().expires().toString());
                g.writeStringField("original_outcome", r.waiver().originalOutcome().word());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeObjectFieldStart("properties");
            g.writeStringField("outcome", o.word());
            g.writeStringField("result_outcome", r.outcome().word());
            g.writeStringField("plan_file", p.file());
            g.writeStringField("plan_id", p.planId());
            g.writeStringField("footprint", p.footprintCode());
            g.writeStringField("as_of", p.asOf().toString());
            g.writeStringField("path", l.path());
            if (l.missing() != null) g.writeStringField("missing", l.missing());
            g.writeObjectFieldStart("facts");
            for (Map.Entry<String, Object> e : l.finding().facts().entrySet()) {
                g.writeFieldName(e.getKey());
                JsonRenderer.value(g, e.getValue());
            }
            g.writeEndObject();
            if (r.change() != null) g.writeStringField("change", r.change().word());
            g.writeEndObject();
            g.writeEndObject();
        }

        @Override
        public void finish(RunSummary run) throws IOException {
            g.writeEndArray();
            g.writeArrayFieldStart("invocations");
            g.writeStartObject();
            g.writeBooleanField("executionSuccessful", run.invalidPlans() == 0 && run.internalErrors() == 0);
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (PlanDigest p : run.plans()) {
                for (LoadError e : p.errors()) {
                    g.writeStartObject();
                    g.writeStringField("level", "error");
                    g.writeObjectFieldStart("message");
                    g.writeStringField("text", e.format(p.file()));
                    g.writeEndObject();
                    g.writeArrayFieldStart("locations");
                    location(g, p.file(), e.line(), e.column());
                    g.writeEndArray();
                    g.writeObjectFieldStart("properties");
                    g.writeStringField("path", e.path());
                    g.writeBooleanField("internal_error", p.notCheckedByDefect());
                    g.writeEndObject();
                    g.writeEndObject();
                }
            }
            WaiverUse w = run.waivers();
            if (w != null) {
                for (WaiverUse.Entry e : w.unused()) notice(e, "waiver for " + e.plan() + " " + e.requirement() + " matched no result: unused");
                for (WaiverUse.Lapsed x : w.expired()) {
                    notice(x.waiver(), "waiver for " + x.waiver().plan() + " " + x.waiver().requirement() + " expired on "
                            + x.waiver().expires() + ", before the as_of " + x.asOf() + " of " + x.planFile() + ": not applied");
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            Comparison c = run.comparison();
            if (c != null) {
                // a resolved result has no finding left to place, so it is counted here, not listed as "absent"
                g.writeObjectFieldStart("properties");
                JsonReview.baseline(g, c);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write("\n");
        }

        private void notice(WaiverUse.Entry e, String text) throws IOException {
            g.writeStartObject();
            g.writeStringField("level", "warning");
            g.writeObjectFieldStart("message");
            g.writeStringField("text", e.place() + ": " + text);
            g.writeEndObject();
            g.writeArrayFieldStart("locations");
            location(g, e.file(), e.line(), e.column());
            g.writeEndArray();
            g.writeEndObject();
        }

        @Override
        public void close() throws IOException {
            g.close();
        }
    }

    private static void rule(JsonGenerator g, Requirement r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", r.title());
        text(g, "shortDescription", r.title());
        text(g, "fullDescription", r.rule() != null && !r.rule().isBlank() ? r.rule() : r.title());
        g.writeObjectFieldStart("help");
        String statute = r.statute() != null ? "\nStatute: " + r.statute() : "";
        g.writeStringField("text", "Citation: " + r.citation() + statute + "\nWhat to do: " + r.remedy());
        g.writeStringField("markdown", "**Citation:** " + r.citation() + (r.statute() != null ? "\n\n**Statute:** " + r.statute() : "")
                + "\n\n**What to do:** " + r.remedy());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(r.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("family", r.family());
        g.writeStringField("confidence", r.confidence().name());
        if (r.confidence().provisional()) g.writeStringField("note", "provisional — verify the source");
        g.writeBooleanField("legal_review", r.legalReview());
        if (r.statute() != null) g.writeStringField("statute", r.statute());
        JsonRenderer.stringArray(g, "tags", List.of(r.family()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, String text) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, String file, int line, int column) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(file));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", Math.max(1, line));
        g.writeNumberField("startColumn", Math.max(1, column));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** error → error, warning → warning, info → note. */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    static String baselineState(Change c) {
        return switch (c) {
            case NEW -> "new";
            case CHANGED -> "updated";
            case UNCHANGED -> "unchanged";
            case RESOLVED -> "absent";
        };
    }

    /**
     * The file as the user named it, as a URI reference: relative stays relative (to the working
     * directory), with {@code /} separators and anything else percent-encoded; an absolute path
     * becomes a {@code file:} URI. A first segment holding {@code :} gets {@code ./} so it cannot
     * read as a scheme.
     */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        try {
            if (path.startsWith("/")) return new URI("file", "", path, null).toASCIIString();
            int colon = path.indexOf(':');
            int slash = path.indexOf('/');
            if (colon >= 0 && (slash < 0 || colon < slash)) path = "./" + path;
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("file name cannot be a URI: " + file, e);
        }
    }
}
