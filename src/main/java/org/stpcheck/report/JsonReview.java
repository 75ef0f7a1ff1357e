package org.stpcheck.report;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import org.stpcheck.findings.Comparison;
import org.stpcheck.findings.WaiverUse;

/**
 * The run-level sections of the JSON report that the review transforms add (docs/report-format.md,
 * "Waivers" and "Baselines"): what changed since the baseline and what the waivers did. Kept apart
 * from {@link JsonRenderer} so the report's core stays readable; SARIF writes the same
 * {@code baseline} object into its run's properties.
 */
final class JsonReview {
    private JsonReview() {}

    /** The run compared with {@code --baseline}: present only with one. */
    static void baseline(JsonGenerator g, Comparison c) throws IOException {
        g.writeObjectFieldStart("baseline");
        g.writeStringField("file", c.baseline());
        g.writeNumberField("new", c.newResults());
        g.writeNumberField("resolved", c.resolved());
        g.writeNumberField("changed", c.changed());
        g.writeNumberField("unchanged", c.unchanged());
        JsonRenderer.stringArray(g, "plans_added", c.plansAdded());
        JsonRenderer.stringArray(g, "plans_removed", c.plansRemoved());
        g.writeEndObject();
    }

    /** What the run made of its waivers: present only when it had a waivers file. */
    static void waivers(JsonGenerator g, WaiverUse w) throws IOException {
        g.writeObjectFieldStart("waivers");
        JsonRenderer.stringArray(g, "files", w.files());
        g.writeNumberField("applied", w.applied());
        g.writeArrayFieldStart("unused");
        for (WaiverUse.Entry e : w.unused()) {
            g.writeStartObject();
            waiverFields(g, e);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("expired");
        for (WaiverUse.Lapsed x : w.expired()) {
            g.writeStartObject();
            waiverFields(g, x.waiver());
            g.writeStringField("plan_file", x.planFile());
            g.writeStringField("as_of", x.asOf().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void waiverFields(JsonGenerator g, WaiverUse.Entry e) throws IOException {
        g.writeStringField("file", e.file());
        g.writeNumberField("line", e.line());
        g.writeNumberField("column", e.column());
        g.writeStringField("plan", e.plan());
        g.writeStringField("requirement", e.requirement());
        g.writeStringField("expires", e.expires().toString());
    }
}
