package org.stpcheck.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The part of a run's first evaluation that needs no rule base, done ahead while the rule base is
 * still being built on another thread (issue 12). A cold run's first {@code fireAllRules} spends
 * about half its time on the JVM's first use of things that are not Drools: each record type's
 * {@code equals} and {@code hashCode}, which the JDK links at their first call (the executable
 * model writes {@code x == null} as a call of {@code x.equals(null)}, and a {@code from} keys its
 * results by {@code hashCode}); the locale data of the first {@code String.format} in
 * {@code Locale.UK}, which the rules' functions use for amounts and years (rules/README); and
 * {@code BigDecimal}'s static initialiser, reached from ACS-08's percentages. Waiting for the rule
 * base, the checker's thread would otherwise be idle; ready, it would do the same work a moment
 * later. Nothing here changes a fact or a result: records are immutable, and the calls' answers are
 * thrown away.
 */
public final class FirstEvaluation {
    private FirstEvaluation() {}

    /** Does ahead, for {@code plan}'s facts, the first-time work of their first evaluation. */
    public static void prepare(Object plan) {
        try {
            Set<Class<?>> seen = new HashSet<>();
            for (Object fact : new Facts().of(plan)) {
                if (!seen.add(fact.getClass())) continue;
                // each record type's equals and hashCode are linked at their first call, whatever the argument
                fact.equals(null);
                fact.hashCode();
            }
            String.format(Locale.UK, "%,.0f %02d", 1_095_000_000.0, 18);
            BigDecimal.valueOf(-15.014).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        } catch (RuntimeException | StackOverflowError e) {
            // only a head start: whatever fails here, the evaluation itself meets and reports
        }
    }
}
