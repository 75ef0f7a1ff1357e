package org.stpcheck.engine;

/**
 * The outcome of a finding or a result (requirements.md §0.1). Bad outcomes are ordered as §10
 * item 1 orders them: fail before unmet before flag.
 */
public enum Outcome {
    FAIL, UNMET, FLAG, PASS, NOT_APPLICABLE, WAIVED;

    public String word() { return name().toLowerCase(); }

    /** fail, unmet or flag: what {@code --fail-on} counts (§10 item 4). */
    public boolean isProblem() { return this == FAIL || this == UNMET || this == FLAG; }
}
