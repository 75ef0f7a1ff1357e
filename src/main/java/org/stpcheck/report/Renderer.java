package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;

import org.stpcheck.findings.RunReport;

/** Writes a run's report in one format. One implementation per format, chosen by {@link Renderers}. */
public interface Renderer {
    void render(RunReport report, Options options, Writer out) throws IOException;

    /** What the reader asked to see. */
    record Options(boolean explain, boolean legalOnly) {
        public static Options plain() { return new Options(false, false); }
    }
}
