package org.stpcheck.engine;

import java.util.List;
import java.util.Map;

import org.stpcheck.catalogue.Severity;

/**
 * One thing a rule found about one plan: its outcome and severity, a message for the plan author,
 * the YAML path it concerns and the facts that triggered it. {@code evidence} marks findings that
 * only record what satisfied a check (or why it does not apply): reports show them with
 * {@code --explain}. {@code rule} and {@code matched} say which DRL rule fired on which facts.
 */
public record Finding(
        String requirement,
        Outcome outcome,
        Severity severity,
        String message,
        String path,
        Map<String, Object> facts,
        boolean evidence,
        String rule,
        List<String> matched) {

    public Finding {
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        matched = matched == null ? List.of() : List.copyOf(matched);
    }
}
