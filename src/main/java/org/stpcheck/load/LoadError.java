package org.stpcheck.load;

/** One reason a plan file cannot be checked: 1-based line and column, and the dotted key path. */
public record LoadError(int line, int column, String path, String message) implements Comparable<LoadError> {

    /** {@code file:line:column: path: message}, the form plan-format 1.7 gives. */
    public String format(String file) {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }

    @Override
    public int compareTo(LoadError o) {
        int c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
