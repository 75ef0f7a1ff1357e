package org.stpcheck.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that hands every write or flush failure to {@link #failed} before it propagates: the
 * one place where report output learns that its destination failed (a full disk, a closed pipe),
 * whether to remember the failure ({@link StandardOutput}) or to name the report in it
 * ({@link ReportOutput}).
 */
abstract class WatchedWriter extends FilterWriter {
    WatchedWriter(Writer out) { super(out); }

    /** What to throw for {@code e}: it, or an exception that says more. */
    abstract IOException failed(IOException e);

    @Override
    public void write(int c) throws IOException {
        try { super.write(c); } catch (IOException e) { throw failed(e); }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        try { super.write(cbuf, off, len); } catch (IOException e) { throw failed(e); }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        try { super.write(str, off, len); } catch (IOException e) { throw failed(e); }
    }

    @Override
    public void flush() throws IOException {
        try { super.flush(); } catch (IOException e) { throw failed(e); }
    }
}
