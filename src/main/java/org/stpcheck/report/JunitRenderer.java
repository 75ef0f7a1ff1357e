package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.Change;
import org.stpcheck.findings.Comparison;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.load.LoadError;

/**
 * JUnit XML, as CI servers read it (the Ant/surefire shape): {@code <testsuites>} holding a
 * {@code <testsuite>} per plan file and a {@code <testcase>} per requirement (classname = family).
 * fail and unmet are failures; a flag fails only when {@code --fail-on} reaches its severity (else
 * it passes with the flag in {@code system-out}); not applicable and waived are skipped; an
 * internal error is an error; a plan that does not load is one error listing its errors. Written
 * with the JDK's XML writer, so escaping is its; characters XML 1.0 cannot hold are shown escaped.
 * Times are 0: the report stays byte-identical from run to run.
 */
public final class JunitRenderer implements Renderer {

    @Override
    public PlanWriter open(RunHeader run, Options options, Writer out) throws IOException {
        return new Streaming(options, out);
    }

    private static final class Streaming implements PlanWriter {
        private final Options options;
        private final Writer out;
        private final XMLStreamWriter x;

        Streaming(Options options, Writer out) throws IOException {
            this.options = options;
            this.out = out;
            try {
                x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                x.writeStartDocument("UTF-8", "1.0");
                x.writeCharacters("\n");
                x.writeStartElement("testsuites");
                x.writeAttribute("name", "stpcheck");
                x.writeCharacters("\n");
            } catch (XMLStreamException e) {
                throw io(e);
            }
        }

        @Override
        public void plan(PlanReport p) throws IOException {
            try {
                if (p.valid()) checked(p); else invalid(p);
            } catch (XMLStreamException e) {
                throw io(e);
            }
        }

        private void checked(PlanReport p) throws XMLStreamException {
            List<Result> shown = new ArrayList<>();
            for (Result r : p.results()) if (!options.legalOnly() || r.requirement().legalReview()) shown.add(r);
            int failures = 0, errors = 0, skipped = 0, added = 0, resolved = 0, changed = 0;
            for (Result r : shown) {
                switch (kind(r)) {
                    case FAILURE -> failures++;
                    case ERROR -> errors++;
                    case SKIPPED -> skipped++;
                    default -> { }
                }
                if (r.change() == Change.NEW) added++;
                if (r.change() == Change.RESOLVED) resolved++;
                if (r.change() == Change.CHANGED) changed++;
            }
            suite(p.file(), shown.size(), failures, errors, skipped);
            x.writeCharacters("\n    ");
            x.writeStartElement("properties");
            property("plan_id", p.planId());
            property("footprint", p.footprintCode() == null ? "" : p.footprintCode());
            property("footprint_name", p.footprintName());
            property("as_of", p.asOf().toString());
            if (shown.stream().anyMatch(r -> r.change() != null)) {
                property("baseline.new", Integer.toString(added));
                property("baseline.resolved", Integer.toString(resolved));
                property("baseline.changed", Integer.toString(changed));
            }
            x.writeCharacters("\n    ");
            x.writeEndElement();
            for (Result r : shown) testcase(p, r);
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
        }

        private void testcase(PlanReport p, Result r) throws XMLStreamException {
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("name", safe(r.requirement().id() + " " + r.requirement().title()));
            x.writeAttribute("classname", r.requirement().family());
            x.writeAttribute("time", "0");
            String findings = findings(p, r);
            switch (kind(r)) {
                case FAILURE -> element("failure", headline(r), r.outcome().word(), findings + about(r));
                case ERROR -> element("error", headline(r), "internal_error", findings);
                case SKIPPED -> element("skipped", r.waiver() != null
                        ? "waived: " + r.waiver().reason() + " (approved by " + r.waiver().approvedBy() + ", expires " + r.waiver().expires()
                                + "; the outcome was " + r.waiver().originalOutcome().word() + ")"
                        : "not applicable", null, null);
                default -> { }
            }
            StringBuilder outText = new StringBuilder();
            if (r.outcome() == Outcome.FLAG && kind(r) == Kind.PASSED) {
                outText.append("flag (").append(r.severity().word()).append(", below --fail-on): a lawyer should review\n").append(findings);
            }
            if (r.change() != null) outText.append("change: ").append(r.change().word()).append('\n');
            if (!outText.isEmpty()) {
                x.writeStartElement("system-out");
                x.writeCharacters(safe(outText.toString()));
                x.writeEndElement();
            }
            x.writeEndElement();
        }

        private void invalid(PlanReport p) throws XMLStreamException {
            suite(p.file(), 1, 0, 1, 0);
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("name", "the plan loads");
            x.writeAttribute("classname", "load");
            x.writeAttribute("time", "0");
            StringBuilder body = new StringBuilder();
            for (LoadError e : p.errors()) body.append(e.format(p.file())).append('\n');
            String first = p.errors().isEmpty() ? "the plan does not load" : p.errors().get(0).format(p.file());
            element("error", first, p.notCheckedByDefect() ? "internal_error" : "invalid", body.toString());
            x.writeEndElement();
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
        }

        private void suite(String file, int tests, int failures, int errors, int skipped) throws XMLStreamException {
            x.writeCharacters("  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", safe(file));
            x.writeAttribute("tests", Integer.toString(tests));
            x.writeAttribute("failures", Integer.toString(failures));
            x.writeAttribute("errors", Integer.toString(errors));
            x.writeAttribute("skipped", Integer.toString(skipped));
            x.writeAttribute("time", "0");
        }

        private void property(String name, String value) throws XMLStreamException {
            x.writeCharacters("\n      ");
            x.writeEmptyElement("property");
            x.writeAttribute("name", name);
            x.writeAttribute("value", safe(value == null ? "" : value));
        }

        private void element(String name, String message, String type, String body) throws XMLStreamException {
            x.writeStartElement(name);
            x.writeAttribute("message", safe(message));
            if (type != null) x.writeAttribute("type", type);
            if (body != null && !body.isEmpty()) x.writeCharacters(safe(body));
            x.writeEndElement();
        }

        private Kind kind(Result r) {
            return switch (r.outcome()) {
                case FAIL, UNMET -> Kind.FAILURE;
                case FLAG -> options.failOn() != null && r.severity().atLeast(options.failOn()) ? Kind.FAILURE : Kind.PASSED;
                case INTERNAL_ERROR -> Kind.ERROR;
                case NOT_APPLICABLE, WAIVED -> Kind.SKIPPED;
                case PASS -> Kind.PASSED;
            };
        }

        @Override
        public void finish(RunSummary run) throws IOException {
            try {
                Comparison c = run.comparison();
                if (c != null) {
                    // the run-level comparison has no element of its own in the schema CI servers use: a comment keeps it readable
                    x.writeComment(safe(" baseline " + c.baseline() + ": " + c.newResults() + " new, " + c.resolved() + " resolved, "
                            + c.changed() + " changed; plans added " + c.plansAdded() + ", removed " + c.plansRemoved() + " ").replace("--", "- -"));
                    x.writeCharacters("\n");
                }
                x.writeEndElement();
                x.writeEndDocument();
                x.flush();
                out.write("\n");
            } catch (XMLStreamException e) {
                throw io(e);
            }
        }
    }

    private enum Kind { PASSED, FAILURE, ERROR, SKIPPED }

    /** "fail (error): the first finding's message", with how many more. */
    private static String headline(Result r) {
        List<Located> shown = r.shownFindings(false).stream().filter(l -> l.finding().outcome() == r.outcome()).toList();
        if (shown.isEmpty()) shown = r.findings();
        String first = shown.isEmpty() ? r.requirement().title() : shown.get(0).finding().message();
        return r.outcome().word() + " (" + r.severity().word() + "): " + first + (shown.size() > 1 ? " (and " + (shown.size() - 1) + " more)" : "");
    }

    /** Each finding with its place, {@code file:line:col: outcome: message}. */
    private static String findings(PlanReport p, Result r) {
        StringBuilder b = new StringBuilder();
        for (Located l : r.shownFindings(false)) {
            b.append(p.file()).append(':').append(l.line()).append(':').append(l.column()).append(": ")
                    .append(l.finding().outcome().word()).append(": ").append(l.finding().message()).append('\n');
        }
        return b.toString();
    }

    private static String about(Result r) {
        return "Citation: " + r.requirement().citation() + "\nWhat to do: " + r.requirement().remedy() + "\n";
    }

    /**
     * Text XML 1.0 can hold: the controls it forbids (all of C0 but tab, line feed and carriage
     * return), and the noncharacters U+FFFE and U+FFFF and unpaired surrogates, shown escaped.
     */
    static String safe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean surrogateOk = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            boolean ok = (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF && surrogateOk;
            if (ok) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            b.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
        }
        return b == null ? s : b.toString();
    }

    private static IOException io(XMLStreamException e) {
        return e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
}
