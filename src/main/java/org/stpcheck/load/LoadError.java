package org.stpcheck.load;

/**
 * One reason a plan file cannot be checked: 1-based line and column, and the dotted key path.
 * The path and message are always one line: any control or line-break character in them (they may
 * quote the file) is escaped here, whoever builds the error.
 */
public record LoadError(int line, int column, String path, String message) implements Comparable<LoadError> {
    /** A backstop: messages quote file text through {@link Quote}, so none should come near this. */
    static final int MAX_MESSAGE = 2_000;

    public LoadError {
        path = path == null ? "" : TerminalSafe.escape(path);
        message = TerminalSafe.escape(message);
        if (message.length() > MAX_MESSAGE) {
            int cut = Character.isHighSurrogate(message.charAt(MAX_MESSAGE - 1)) ? MAX_MESSAGE - 1 : MAX_MESSAGE;
            message = message.substring(0, cut) + "…";
        }
    }

    /** {@code file:line:column: path: message}, the form plan-format 1.7 gives. */
    public String format(String file) {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }

    @Override
    public int compareTo(LoadError o) {
        int c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        if (c == 0) c = message.compareTo(o.message);
        return c != 0 ? c : path.compareTo(o.path);
    }
}
