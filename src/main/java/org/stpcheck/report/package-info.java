/**
 * Reports, written as a run streams: one {@link org.stpcheck.report.Renderer} per format.
 *
 * <p>{@code Renderer.open(header, options, writer)} starts a report; each plan's report follows in
 * file order ({@code PlanWriter.plan}) and is written (or, for the text and Markdown batch
 * summaries, only digested) at once; {@code PlanWriter.finish(summary)} ends it from the run's
 * digests. Formats whose summary precedes the plans — JSON (its key order), HTML (summary, then
 * sections) — render each plan into a {@code Spool} (memory, then an unlinked temporary file) and
 * copy it out after the summary.
 *
 * <p>Safety belongs here too: {@link org.stpcheck.report.ReportOutput} is how any file stpcheck
 * writes is written (temporary file, fsync, atomic rename; inputs, folders and unwritable places
 * refused; stream write failures caught), and {@link org.stpcheck.load.TerminalSafe} is the one
 * escaping of plan-derived text for anything a person may read on a terminal. CSV cells are
 * neutralised against formula injection ({@code CsvRenderer.neutralise}).
 */
package org.stpcheck.report;
