package org.stpcheck.report;

import java.util.Map;
import java.util.stream.Collectors;

import org.stpcheck.engine.Outcome;
import org.stpcheck.load.TerminalSafe;

/** Small wording helpers shared by the human-readable renderers. */
final class Text {
    private Text() {}

    static String outcomeLabel(Outcome o) {
        return switch (o) {
            case INTERNAL_ERROR -> "INTERNAL ERROR";
            case FAIL -> "FAIL";
            case UNMET -> "UNMET";
            case FLAG -> "FLAG";
            case PASS -> "PASS";
            case NOT_APPLICABLE -> "N/A";
            case WAIVED -> "WAIVED";
        };
    }

    static String counts(Map<Outcome, Integer> m) {
        return m.entrySet().stream().filter(e -> !e.getKey().onlyWhenPresent() || e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().word().replace('_', ' ')).collect(Collectors.joining(", "));
    }

    /** Facts as {@code key=value} pairs, escaped for a terminal (values come from the plan). */
    static String facts(Map<String, Object> facts) {
        return facts.entrySet().stream().map(e -> safe(e.getKey() + "=" + value(e.getValue()))).collect(Collectors.joining(", "));
    }

    /** Shorthand for {@link TerminalSafe#escape}: every plan-derived string a human-readable report writes. */
    static String safe(String s) { return TerminalSafe.escape(s); }

    /** Whole numbers as plain digits (money reads 231000000, not 2.31E8). */
    static String value(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf(d.longValue());
        if (v instanceof java.util.List<?> l) return l.stream().map(Text::value).collect(Collectors.joining(", ", "[", "]"));
        return String.valueOf(v);
    }

    static String plural(int n, String word) { return n + " " + word + (n == 1 ? "" : "s"); }

    /**
     * Where a finding's value comes from, when its source is of low confidence (issue 11): "source
     * src_x: NHS Support Federation (nhsfunding.info), low confidence"; null otherwise. Escaped.
     */
    static String lowSource(org.stpcheck.findings.Located l) {
        return l.lowConfidence() ? "source " + safe(l.source().id()) + ": " + safe(sourceName(l.source())) + ", low confidence" : null;
    }

    /** A source by its publisher, with the web site's host when the publisher does not already name it. */
    static String sourceName(org.stpcheck.model.Source s) {
        String publisher = s.publisher() != null ? s.publisher() : s.title() != null ? s.title() : s.id();
        String host = host(s.url());
        return host == null || publisher.contains(host) ? publisher : publisher + " (" + host + ")";
    }

    private static String host(String url) {
        if (url == null) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[a-z]+://(?:www\\.)?([^/:]+)").matcher(url);
        return m.find() ? m.group(1) : null;
    }

    /** How a finding whose own outcome differs from its result's is labelled: a passing note inside a FAIL block reads "(note, passes)". */
    static String findingTag(org.stpcheck.findings.Result r, org.stpcheck.findings.Located l) {
        var f = l.finding();
        if (f.outcome() == r.outcome() && f.severity() == r.severity()) return "";
        return switch (f.outcome()) {
            case PASS -> "note, passes";
            case NOT_APPLICABLE -> "note, not applicable";
            default -> f.outcome().word().replace('_', ' ') + ", " + f.severity().word();
        };
    }

    /** Where a suggestion goes, in words: "under `governance.lead:`", or "at the top level of the file". */
    static String under(String path) {
        return path.isEmpty() ? "at the top level of the file" : "under `" + path + ":`";
    }

    /** "stpcheck 1.0.0, catalogue 2026-12-01.1 (83 requirements)"; without a catalogue (renderer tests) the tool alone. */
    static String versions(org.stpcheck.catalogue.Catalogue c) {
        return "stpcheck " + JsonRenderer.TOOL_VERSION + (c == null ? "" : ", catalogue " + c.config().version()
                + " (" + plural(c.size(), "requirement") + ")");
    }

    /** The tool, the catalogue and any filter of the facts: the line every report's header carries. */
    static String versions(org.stpcheck.findings.RunHeader run) {
        return versions(run.catalogue()) + factFilter(run);
    }

    /**
     * "; only facts of medium confidence or better" when {@code --min-fact-confidence} took weaker
     * values out before the rules ran, so no header lets a limited run read as a full one.
     */
    static String factFilter(org.stpcheck.findings.RunHeader run) {
        return run.minFactConfidence() == null ? "" : "; only facts of " + run.minFactConfidence() + " confidence or better";
    }

    static final String CONFIDENCE_KEY = "Confidence of a requirement's source: V verified in primary text; S from a reliable"
            + " secondary summary; U unverified, so its results are provisional — verify the source.";

    /**
     * Every result of a plan that rests on a low-confidence value, evidence findings included (a pass
     * on a weak fact is as worth knowing as a gap): "ENG-01 (unmet): transparency.published, line
     * 109: source src_x: Publisher, low confidence". Escaped; in result order, each value once.
     */
    static java.util.List<String> lowSources(org.stpcheck.findings.PlanReport p) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (org.stpcheck.findings.Result r : p.results()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (org.stpcheck.findings.Located l : r.findings()) {
                if (!l.lowConfidence() || !seen.add(l.path())) continue;
                out.add(r.requirement().id() + " (" + r.outcome().word().replace('_', ' ') + "): " + safe(l.path()) + ", line " + l.line()
                        + ": " + lowSource(l));
            }
        }
        return out;
    }
}
