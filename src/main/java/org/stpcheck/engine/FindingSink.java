package org.stpcheck.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.Match;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Severity;

/**
 * What DRL consequences report into: the global {@code out}. Every requirement decides through
 * these calls, so a rule reads as its catalogue Logic does:
 * {@code out.fail("RECONF-05", $r.path() + ".tests", "...", "ccg", $c.id())}.
 * Trailing arguments are key/value pairs of triggering facts.
 */
public final class FindingSink {
    private final Catalogue catalogue;
    private final Facts facts;
    private final List<Finding> findings = new ArrayList<>();
    /** The match whose consequence is running; its rule and facts are read only when it reports a finding. */
    private Match current;

    FindingSink(Catalogue catalogue, Facts facts) {
        this.catalogue = catalogue;
        this.facts = facts;
    }

    /** The checked facts satisfied the requirement (shown with --explain). */
    public void pass(String requirement, String path, String message, Object... facts) {
        add(requirement, Outcome.PASS, Severity.INFO, message, path, facts, true);
    }

    /** An informational note (§10 item 2): outcome pass, severity info, always shown. */
    public void info(String requirement, String path, String message, Object... facts) {
        add(requirement, Outcome.PASS, Severity.INFO, message, path, facts, false);
    }

    public void fail(String requirement, String path, String message, Object... facts) {
        add(requirement, Outcome.FAIL, null, message, path, facts, false);
    }

    /** FAIL "reported as a warning" in the catalogue's words. */
    public void failWarning(String requirement, String path, String message, Object... facts) {
        add(requirement, Outcome.FAIL, Severity.WARNING, message, path, facts, false);
    }

    public void unmet(String requirement, String path, String message, Object... facts) {
        add(requirement, Outcome.UNMET, null, message, path, facts, false);
    }

    public void unmetWarning(String requirement, String path, String message, Object... facts) {
        add(requirement, Outcome.UNMET, Severity.WARNING, message, path, facts, false);
    }

    /** Route to a legal adviser: not a compliance verdict. */
    public void flag(String requirement, String path, String message, Object... facts) {
        add(requirement, Outcome.FLAG, null, message, path, facts, false);
    }

    public void flagWarning(String requirement, String path, String message, Object... facts) {
        add(requirement, Outcome.FLAG, Severity.WARNING, message, path, facts, false);
    }

    /** The requirement's trigger is absent, so it does not apply to this plan. */
    public void notApplicable(String requirement, String message, Object... facts) {
        add(requirement, Outcome.NOT_APPLICABLE, null, message, "", facts, true);
    }

    /**
     * A rule of {@code requirement} threw while evaluating this plan: the requirement's result is
     * unknown. {@code rule} is null when the failure could not be traced to one rule.
     */
    void internalError(String requirement, String rule, Throwable failure) {
        String by = rule == null ? "A rule of " + requirement : "Rule \"" + rule + "\"";
        Map<String, Object> facts = new LinkedHashMap<>();
        if (rule != null) facts.put("rule", rule);
        facts.put("exception", describe(failure));
        List<String> words = rule != null && rule.equals(currentRule()) ? matchedWords() : new ArrayList<>();
        findings.add(new Finding(requirement, Outcome.INTERNAL_ERROR, Severity.ERROR,
                by + " failed on this plan, so the result of " + requirement + " is unknown. This is a defect of"
                        + " stpcheck, not of the plan: please report it.", "", facts, false, rule, words));
    }

    /** The exception in one line: its type and message, and the cause's when it wraps one. */
    public static String describe(Throwable t) {
        StringBuilder b = new StringBuilder(t.getClass().getSimpleName());
        if (t.getMessage() != null) b.append(": ").append(t.getMessage());
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root != t) {
            b.append("; caused by ").append(root.getClass().getSimpleName());
            if (root.getMessage() != null) b.append(": ").append(root.getMessage());
        }
        StackTraceElement[] at = root.getStackTrace();
        if (at.length > 0) b.append(" (at ").append(at[0].getClassName()).append('.').append(at[0].getMethodName()).append(')');
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    private void add(String requirement, Outcome outcome, Severity severity, String message, String path,
                     Object[] facts, boolean evidence) {
        Severity s = severity != null ? severity : catalogue.get(requirement).severity();
        findings.add(new Finding(requirement, outcome, s, message, path == null ? "" : path, pairs(facts),
                evidence, currentRule(), matchedWords()));
    }

    private String currentRule() {
        return current == null ? null : current.getRule().getName();
    }

    /** The facts the current match holds, in words; the configuration is matched by many rules but is not a fact about the plan. */
    private List<String> matchedWords() {
        List<String> words = new ArrayList<>();
        if (current == null) return words;
        for (Object o : current.getObjects()) if (o != null && !(o instanceof org.stpcheck.catalogue.RuleConfig)) words.add(this.facts.describe(o));
        return words;
    }

    private static Map<String, Object> pairs(Object[] kv) {
        if (kv.length % 2 != 0) throw new IllegalArgumentException("facts must be key/value pairs");
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(String.valueOf(kv[i]), plain(kv[i + 1]));
        return m;
    }

    /** Facts are reported as JSON values: strings, numbers, booleans, lists. */
    private static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) return v;
        if (v instanceof Iterable<?> it) {
            List<Object> out = new ArrayList<>();
            it.forEach(x -> out.add(plain(x)));
            return out;
        }
        return v.toString();
    }

    /** Called before each rule fires, so findings carry the rule and the facts it matched. */
    void enter(Match match) {
        // called for every rule that fires: keep the reference only, read it when a finding is made
        current = match;
    }

    public List<Finding> findings() { return List.copyOf(findings); }
}
