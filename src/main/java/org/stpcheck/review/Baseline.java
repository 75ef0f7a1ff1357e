package org.stpcheck.review;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.Change;
import org.stpcheck.findings.Comparison;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;

/**
 * An earlier JSON report ({@code --baseline}), kept as plan → requirement → outcome only, and the
 * transform that marks each result of this run with its {@link Change} against it. Plans are
 * matched by plan id, then by file (a plan that did not load has no id). Outcomes are compared
 * before waivers on both sides (a waived result's {@code original_outcome}), so a waiver changes
 * what gates, never what is new. Not thread-safe: one run, one consumer thread.
 */
public final class Baseline implements UnaryOperator<PlanReport> {
    private final String file;
    /** Plan key ("id:" + plan id, or "file:" + file) → requirement → outcome word. */
    private final Map<String, Map<String, String>> plans;
    /** Each plan of the baseline by its file, to its key. */
    private final Map<String, String> keyOfFile;
    private final Set<String> matched = new HashSet<>();
    private final List<String> added = new ArrayList<>();
    private int newResults, resolved, changed, unchanged;

    private Baseline(String file, Map<String, Map<String, String>> plans, Map<String, String> keyOfFile) {
        this.file = file;
        this.plans = plans;
        this.keyOfFile = keyOfFile;
    }

    /** A baseline that cannot be used: not a file, not JSON, or not an stpcheck report of format 1. */
    public static final class NotAReport extends Exception {
        NotAReport(String message) { super(message); }
    }

    /** Reads the report at {@code path} with a streaming parser: nothing but the outcomes is kept. */
    public static Baseline read(Path path) throws NotAReport {
        String name = path.toString();
        if (!Files.isRegularFile(path)) throw new NotAReport(name + ": no such file (or not a regular file)");
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
        try (Reader in = Files.newBufferedReader(path); JsonParser p = factory.createParser(in)) {
            return parse(name, p);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new NotAReport(place(name, l) + "not a JSON report: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new NotAReport(name + ": cannot read it: " + e.getMessage());
        }
    }

    private static Baseline parse(String name, JsonParser p) throws IOException, NotAReport {
        if (p.nextToken() != JsonToken.START_OBJECT) throw notReport(name, p, "it does not start with an object");
        Map<String, Map<String, String>> plans = new LinkedHashMap<>();
        Map<String, String> keyOfFile = new HashMap<>();
        boolean format = false, sawPlans = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("report_format")) {
                if (t != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != 1) throw notReport(name, p, "report_format is not 1");
                format = true;
            } else if (field.equals("plans")) {
                if (t != JsonToken.START_ARRAY) throw notReport(name, p, "plans is not a list");
                sawPlans = true;
                while (p.nextToken() != JsonToken.END_ARRAY) plan(name, p, plans, keyOfFile);
            } else {
                p.skipChildren();
            }
        }
        if (!format || !sawPlans) throw notReport(name, p, "it has no " + (format ? "plans" : "report_format"));
        return new Baseline(name, plans, keyOfFile);
    }

    private static void plan(String name, JsonParser p, Map<String, Map<String, String>> plans, Map<String, String> keyOfFile)
            throws IOException, NotAReport {
        if (p.currentToken() != JsonToken.START_OBJECT) throw notReport(name, p, "a plan is not an object");
        String file = null, id = null;
        Map<String, String> results = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "file" -> file = p.getValueAsString();
                case "plan_id" -> id = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "results" -> {
                    if (t != JsonToken.START_ARRAY) throw notReport(name, p, "results is not a list");
                    while (p.nextToken() != JsonToken.END_ARRAY) result(name, p, results);
                }
                default -> p.skipChildren();
            }
        }
        if (file == null) throw notReport(name, p, "a plan has no file");
        String key = id != null ? "id:" + id : "file:" + file;
        plans.put(key, results);
        keyOfFile.put(file, key);
    }

    private static void result(String name, JsonParser p, Map<String, String> results) throws IOException, NotAReport {
        if (p.currentToken() != JsonToken.START_OBJECT) throw notReport(name, p, "a result is not an object");
        String requirement = null, outcome = null, original = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "requirement" -> requirement = p.getValueAsString();
                case "outcome" -> outcome = p.getValueAsString();
                case "waiver" -> {
                    if (t == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String f = p.currentName();
                            p.nextToken();
                            if (f.equals("original_outcome")) original = p.getValueAsString(); else p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (requirement == null || outcome == null || outcome(outcome) == null) throw notReport(name, p, "a result has no requirement or outcome");
        results.put(requirement, original != null && outcome(original) != null ? original : outcome);
    }

    private static Outcome outcome(String word) {
        for (Outcome o : Outcome.values()) if (o.word().equals(word)) return o;
        return null;
    }

    private static NotAReport notReport(String name, JsonParser p, String why) {
        return new NotAReport(place(name, p.currentLocation()) + "not an stpcheck JSON report (report_format 1): " + why);
    }

    private static String place(String name, JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? name + ": " : name + ":" + l.getLineNr() + ":" + l.getColumnNr() + ": ";
    }

    /** How many plans the baseline holds. */
    public int plans() { return plans.size(); }

    @Override
    public PlanReport apply(PlanReport p) {
        String key = p.planId() != null && plans.containsKey("id:" + p.planId()) ? "id:" + p.planId() : keyOfFile.get(p.file());
        if (key == null || !plans.containsKey(key) || matched.contains(key)) {
            added.add(p.planId() != null ? p.planId() : p.file());
            key = null;
        } else {
            matched.add(key);
        }
        Map<String, String> before = key == null ? Map.of() : plans.get(key);
        List<Result> results = new ArrayList<>(p.results().size());
        for (Result r : p.results()) {
            Change c = change(before.get(r.requirement().id()), r.originalOutcome());
            switch (c) {
                case NEW -> newResults++;
                case RESOLVED -> resolved++;
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
            }
            results.add(r.withChange(c));
        }
        return p.withResults(results);
    }

    static Change change(String before, Outcome now) {
        Outcome then = before == null ? null : outcome(before);
        boolean wasProblem = then != null && problem(then);
        boolean isProblem = problem(now);
        if (isProblem && !wasProblem) return Change.NEW;
        if (wasProblem && !isProblem) return Change.RESOLVED;
        if (wasProblem && then != now) return Change.CHANGED;
        return Change.UNCHANGED;
    }

    /** A non-pass: fail, unmet, flag or internal error (waived results are compared by their original outcome). */
    private static boolean problem(Outcome o) {
        return o.isProblem() || o == Outcome.INTERNAL_ERROR;
    }

    /** After the run: the counts, and the plans added (not in the baseline) and removed (not in this run). */
    public Comparison comparison() {
        List<String> removed = new ArrayList<>();
        for (String key : plans.keySet()) if (!matched.contains(key)) removed.add(key.substring(key.indexOf(':') + 1));
        return new Comparison(file, newResults, resolved, changed, unchanged, added, removed);
    }
}
