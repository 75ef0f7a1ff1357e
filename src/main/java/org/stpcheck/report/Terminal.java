package org.stpcheck.report;

import java.util.Map;

/**
 * Where the text report is going and what it may do there: the width it wraps at and whether it
 * may colour outcomes. Java 17 cannot ask a terminal its width portably ({@code stty} is not Java's
 * and {@code System.console()} does not say), so the width is {@code COLUMNS} when it holds a
 * sensible number and 80 otherwise. Colour only when standard output is a terminal, the report is
 * not going to a file, and {@code NO_COLOR} is unset or empty (no-color.org): never in files or
 * pipes, where escape codes would be noise.
 */
public record Terminal(int width, boolean colour) {
    public static final int DEFAULT_WIDTH = 80;
    /** Narrower than this, wrapping helps nobody: locations and ids alone are wider. */
    static final int MIN_WIDTH = 40;

    /** A file or pipe: 80 columns, no colour. */
    public static Terminal plain() { return new Terminal(DEFAULT_WIDTH, false); }

    /**
     * The decision, from its inputs so that tests can make it both ways: {@code env} the
     * environment, {@code isTerminal} whether standard output is one ({@code System.console() != null}),
     * {@code toFile} whether {@code -o} named a file.
     */
    public static Terminal decide(Map<String, String> env, boolean isTerminal, boolean toFile) {
        int width = DEFAULT_WIDTH;
        String columns = env.get("COLUMNS");
        if (!toFile && columns != null && columns.trim().matches("[0-9]{1,4}")) {
            int w = Integer.parseInt(columns.trim());
            if (w >= MIN_WIDTH) width = w;
        }
        String noColour = env.get("NO_COLOR");
        boolean colour = isTerminal && !toFile && (noColour == null || noColour.isEmpty());
        return new Terminal(width, colour);
    }
}
