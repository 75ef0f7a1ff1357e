package org.stpcheck.findings;

/**
 * How a result differs from the same plan's result in a baseline report ({@code --baseline}).
 * Outcomes are compared before waivers: a waiver changes what gates, not what the plan says.
 */
public enum Change {
    /** A fail, unmet, flag or internal error the baseline did not have. */
    NEW,
    /** A problem in the baseline that now passes or is not applicable. */
    RESOLVED,
    /** A problem then and now, with a different outcome. */
    CHANGED,
    /** The same outcome, or no problem then and now. */
    UNCHANGED;

    public String word() { return name().toLowerCase(java.util.Locale.ROOT); }
}
