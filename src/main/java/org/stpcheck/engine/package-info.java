/**
 * The Drools rule base and the evaluation of one plan at a time.
 *
 * <p>{@link org.stpcheck.engine.RuleBase} is the compiled rules (the executable model built with
 * the jar, or DRL compiled from {@code --rules DIR}). {@link org.stpcheck.engine.Engine} evaluates
 * a plan's facts, plus any cross-plan facts, in a stateful session borrowed from a pool (one per
 * concurrent caller, reset between plans, renewed every {@code CHUNK} plans), and returns its
 * {@link org.stpcheck.engine.Finding}s; rules report through the global
 * {@link org.stpcheck.engine.FindingSink}. {@link org.stpcheck.engine.FirstEvaluation} does ahead,
 * while a cold start's rule base is still being built, the first evaluation's first-time work that
 * needs no rule base.
 *
 * <p>A rule that throws is contained: a consequence through {@link org.stpcheck.engine.RuleFailures}
 * (the session fires on), a condition by evaluating the plan again without the requirements the
 * exception names, or on halves of the requirements down to the failing one
 * ({@code RuleBase.subset}). Either way the failing requirement gets an internal-error finding for
 * that plan and every other requirement is still decided.
 */
package org.stpcheck.engine;
