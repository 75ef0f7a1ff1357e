/**
 * Transforms of a run's results between the checker and the renderer, one plan at a time
 * ({@link org.stpcheck.findings.PlanSink#after}): {@link org.stpcheck.review.Waivers} turns accepted
 * deviations into {@code waived} results, judged at each plan's {@code as_of};
 * {@link org.stpcheck.review.Baseline} marks each result with its change against an earlier JSON
 * report. Each reports what it made of the run once the run is over, for the
 * {@link org.stpcheck.findings.RunSummary}. The CLI uses them; the server could too.
 */
package org.stpcheck.review;
