package org.stpcheck.catalogue;

/** How serious a finding is (requirements.md §0.1), most serious first. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String word() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Severity parse(String s) { return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT)); }

    /**
     * A fail-on level as typed ({@code check --fail-on}, the API's {@code fail_on=}): error,
     * warning or info in any case and with any surrounding space, or null for never. Both front
     * doors read it here so the same value means the same everywhere; each words its own refusal.
     *
     * @throws IllegalArgumentException for any other value, its message the values expected
     */
    public static Severity failOn(String typed) {
        return switch (typed.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "never" -> null;
            case "error", "warning", "info" -> parse(typed);
            default -> throw new IllegalArgumentException("expected error, warning, info or never");
        };
    }

    /** True when this severity is at or above {@code level}. */
    public boolean atLeast(Severity level) { return ordinal() <= level.ordinal(); }
}
