package org.stpcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output as a {@link PrintWriter} that remembers why a write failed, so the message
 * can say "No space left on device" or "Broken pipe" rather than only that it failed.
 */
public final class StandardOutput extends PrintWriter {
    private final Keeper keeper;

    public StandardOutput(OutputStream out) {
        this(new Keeper(ReportOutput.writer(out)));
    }

    private StandardOutput(Keeper keeper) {
        super(keeper);
        this.keeper = keeper;
    }

    /** The first write failure, or null. */
    public IOException failure() { return keeper.failure; }

    private static final class Keeper extends WatchedWriter {
        IOException failure;

        Keeper(Writer out) { super(out); }

        @Override
        IOException failed(IOException e) {
            if (failure == null) failure = e;
            return e;
        }
    }
}
