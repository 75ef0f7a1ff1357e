/**
 * From evaluated plans to results, one plan at a time: the run's pipeline.
 *
 * <h2>The pipeline</h2>
 * {@link org.stpcheck.findings.Checker} is built once per catalogue and rule base and is
 * thread-safe. A batch run ({@code check(files, selection, sink)}) loads and evaluates plans on as
 * many threads as there are cores and hands each {@link org.stpcheck.findings.PlanReport} to a
 * {@link org.stpcheck.findings.PlanSink} on the calling thread, in file order, while later plans
 * are still being evaluated; at most a few reports exist at once ({@code InOrder}), so memory
 * stays flat however long the batch. What outlives a report is its
 * {@link org.stpcheck.findings.PlanDigest} (counts, families, which requirements failed, were
 * unmet, flagged or hit an internal error: a few hundred bytes), collected by
 * {@link org.stpcheck.findings.RunSummary.Builder}; every summary and the exit code come from the
 * {@link org.stpcheck.findings.RunSummary}. When the cross-plan requirement (PG-02) is selected, a
 * first pass loads every plan only to index what the others need of it ({@code CrossPlan}: plan
 * ids, CCG and council claims, boundary changes, footprints covered); the second pass evaluates
 * each plan with the index's facts that concern it, so PG-02 is linear in the batch.
 *
 * <h2>Failures</h2>
 * A rule that throws becomes an {@code internal_error} result of its requirement for that plan
 * (see {@link org.stpcheck.engine.Engine}); a requirement no rule decided becomes one too
 * ({@link org.stpcheck.findings.Results}); a defect anywhere else in checking one plan becomes
 * that plan's error ({@link org.stpcheck.findings.PlanReport#notCheckedByDefect}). None stops the
 * run; each makes its exit code 1.
 *
 * <h2>Building on it</h2>
 * <ul>
 * <li><b>A server</b> (issue 9) keeps one warm {@code Checker} and calls
 *     {@code check(file, text, selection)} per request from any number of threads: each call
 *     borrows a session of its own from the engine's pool and returns it reset, so sessions are
 *     reused across requests, one per concurrent request.</li>
 * <li><b>Waivers and baselines</b> (issue 10) are transforms of a {@code PlanReport} applied per
 *     plan between the checker and the renderer: {@code sink.after(transform)}. They see one plan's
 *     results at a time, and the digests (hence summaries and exit codes) are taken after them.</li>
 * <li><b>New report formats</b> (SARIF, JUnit) are {@link org.stpcheck.report.Renderer}s: they get
 *     each plan as it comes and the {@code RunSummary} at the end.</li>
 * <li><b>A suggestion per finding</b> (issue 8) belongs with the finding
 *     ({@link org.stpcheck.engine.Finding} / {@link org.stpcheck.findings.Located}); nothing in the
 *     pipeline holds findings beyond their plan's report.</li>
 * </ul>
 *
 * {@link org.stpcheck.findings.RunReport} (every report held) remains for tests and small
 * in-process uses; {@code check(files, selection)} builds one on top of the streaming run.
 */
package org.stpcheck.findings;
