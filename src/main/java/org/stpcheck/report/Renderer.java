package org.stpcheck.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import org.stpcheck.catalogue.Severity;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunReport;
import org.stpcheck.findings.RunSummary;

/**
 * Writes a run's report in one format, plan by plan: {@link #open} starts it, each plan's report
 * follows in file order ({@link PlanWriter#plan}), and {@link PlanWriter#finish} ends it with the
 * run's digests, from which every summary, total and matrix is drawn. A renderer holds no plan
 * report after writing it; a format whose summary precedes its plans (JSON, HTML) sets the plans
 * aside in a {@link Spool} until the summary is known. One implementation per format, chosen by
 * {@link Renderers}; a new format (SARIF, JUnit) is one more implementation.
 */
public interface Renderer {

    /** Begins a report of {@code run} on {@code out}; the writer belongs to the caller, who closes it. */
    PlanWriter open(RunHeader run, Options options, Writer out) throws IOException;

    /** Writes a run held in memory (tests, small in-process uses): its plans in file order, then its summary. */
    default void render(RunReport report, Options options, Writer out) throws IOException {
        RunSummary.Builder digests = new RunSummary.Builder(report.header());
        try (PlanWriter w = open(report.header(), options, out)) {
            for (PlanReport p : report.inFileOrder()) {
                digests.add(p);
                w.plan(p);
            }
            w.finish(digests.build());
        }
    }

    /** One report being written. {@link #close} releases what it set aside, finished or not. */
    interface PlanWriter extends Closeable {
        /** The next plan, in file order. */
        void plan(PlanReport plan) throws IOException;

        /** After the last plan: the summary, and whatever the format ends with. */
        void finish(RunSummary run) throws IOException;

        @Override
        default void close() throws IOException {}
    }

    /**
     * What the reader asked to see. {@code scratch} is where a report too large to set aside in
     * memory may spill (beside the output file, so on the same disk); null means the system's
     * temporary folder. {@code failOn} is the {@code --fail-on} level (null for {@code never}), for
     * formats that say pass or fail per result (JUnit: a flag fails only at that level).
     * {@code width} is the column the text report wraps at; {@code colour} whether the text report
     * may colour outcomes (only on a terminal: {@link Terminal}); {@code findingRows} asks CSV for
     * one row per finding rather than per result ({@code --csv-rows findings}).
     */
    record Options(boolean explain, boolean legalOnly, Path scratch, Severity failOn, int width, boolean colour, boolean findingRows) {
        public Options(boolean explain, boolean legalOnly, Path scratch, Severity failOn) {
            this(explain, legalOnly, scratch, failOn, Terminal.DEFAULT_WIDTH, false, false);
        }

        public Options(boolean explain, boolean legalOnly, Path scratch) { this(explain, legalOnly, scratch, Severity.ERROR); }

        public Options(boolean explain, boolean legalOnly) { this(explain, legalOnly, null); }

        public static Options plain() { return new Options(false, false); }

        /** These options, written for {@code terminal}. */
        public Options on(Terminal terminal) { return new Options(explain, legalOnly, scratch, failOn, terminal.width(), terminal.colour(), findingRows); }

        /** These options with CSV rows per finding ({@code true}) or per result. */
        public Options findingRows(boolean perFinding) { return new Options(explain, legalOnly, scratch, failOn, width, colour, perFinding); }
    }
}
