package org.stpcheck.catalogue;

/** How serious a finding is (requirements.md §0.1), most serious first. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String word() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Severity parse(String s) { return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT)); }

    /** True when this severity is at or above {@code level}. */
    public boolean atLeast(Severity level) { return ordinal() <= level.ordinal(); }
}
