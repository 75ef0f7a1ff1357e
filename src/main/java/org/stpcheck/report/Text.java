package org.stpcheck.report;

import java.util.Map;
import java.util.stream.Collectors;

import org.stpcheck.engine.Outcome;

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
}
