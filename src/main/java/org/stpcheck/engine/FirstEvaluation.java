package org.stpcheck.engine;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The part of a run's first evaluation that needs no rule base, done ahead while the rule base is
 * still being built on another thread (issue 12). A cold run's first {@code fireAllRules} spends
 * about half its time on the JVM's first use of things that are not Drools: each record type's
 * {@code equals}, which the JDK links at its first call (the executable model writes
 * {@code x == null} as a call of {@code x.equals(null)}); the locale data of the first {@code String.format} in
 * {@code Locale.UK}, which the rules' functions use for amounts, years and percentages (rules/README).
 * (No rule uses {@code BigDecimal}: on Java 25 its static initialiser squares 5 up to 5^65,536, 13-24 ms
 * of interpreted CPU in every run, ahead or not; ACS-08 formats with {@code String.format}.) Waiting for the rule
 * base, the checker's thread would otherwise be idle; ready, it would do the same work a moment
 * later. Nothing here changes a fact or a result: records are immutable, and the calls' answers are
 * thrown away. Not {@code hashCode}: a record's hashes every record inside it, so one call on the
 * plan links all 93 types' (60-90 ms on Java 17), where an evaluation hashes only the few a
 * {@code from} returns.
 */
public final class FirstEvaluation {
    private FirstEvaluation() {}

    /**
     * Does ahead, for {@code plan}'s facts, first-time work of their first evaluation, step by step
     * until {@code done} says the rule base is ready: from then on the evaluation itself is the
     * quicker way (it links only the types its rules compare, about a third of a full plan's 93 on
     * the example; on Java 17 each costs about a millisecond).
     */
    public static void prepare(Object plan, BooleanSupplier done) {
        try {
            String.format(Locale.UK, "%,.0f %02d %.2f", 1_095_000_000.0, 18, -15.014);
            Set<Class<?>> seen = new HashSet<>();
            for (Object fact : new Facts().of(plan)) {
                if (done.getAsBoolean()) return;
                // a record type's equals is linked at its first call, whatever the argument
                if (seen.add(fact.getClass())) fact.equals(null);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // only a head start: whatever fails here, the evaluation itself meets and reports
        }
    }
}
