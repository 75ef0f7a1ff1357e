package org.stpcheck.engine;

/**
 * The outcome of a finding or a result (requirements.md §0.1). Bad outcomes are ordered as §10
 * item 1 orders them: fail before unmet before flag. {@code INTERNAL_ERROR} is not a verdict: a
 * rule failed (a defect of the checker), so the result of its requirement for that plan is
 * unknown; it comes first because nothing else in a report matters more.
 */
public enum Outcome {
    INTERNAL_ERROR, FAIL, UNMET, FLAG, PASS, NOT_APPLICABLE, WAIVED;

    public String word() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** fail, unmet or flag: what {@code --fail-on} counts (§10 item 4). */
    public boolean isProblem() { return this == FAIL || this == UNMET || this == FLAG; }

    /** Shown in counts only when it occurs, so reports of runs without it keep their shape. */
    public boolean onlyWhenPresent() { return this == INTERNAL_ERROR || this == WAIVED; }
}
