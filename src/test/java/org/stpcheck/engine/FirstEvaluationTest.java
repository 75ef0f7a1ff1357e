package org.stpcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The head start of a first evaluation: each fact type's equals called once, no hashCode, and never a failure. */
class FirstEvaluationTest {

    /** Counts the calls made on it; {@code others} are facts inside it, as a plan's sections are. */
    record Probe(AtomicInteger equalsCalls, AtomicInteger hashCalls, List<Inner> others) {
        @Override
        public boolean equals(Object o) {
            equalsCalls.incrementAndGet();
            return o == this;
        }

        @Override
        public int hashCode() {
            hashCalls.incrementAndGet();
            return 1;
        }
    }

    /** A fact inside the plan; only its equals is counted (Probe counts that nothing is hashed). */
    record Inner(AtomicInteger equalsCalls, String name) {
        @Override
        public boolean equals(Object o) {
            equalsCalls.incrementAndGet();
            return o == this;
        }
    }

    record Throwing(String name) {
        @Override
        public boolean equals(Object o) {
            throw new IllegalStateException("no");
        }
    }

    @Test
    void everyFactTypeIsComparedOnceAndNothingIsHashed() {
        AtomicInteger probeEquals = new AtomicInteger();
        AtomicInteger probeHash = new AtomicInteger();
        AtomicInteger innerEquals = new AtomicInteger();
        Probe plan = new Probe(probeEquals, probeHash, List.of(new Inner(innerEquals, "a"), new Inner(innerEquals, "b"), new Inner(innerEquals, "c")));

        FirstEvaluation.prepare(plan, () -> false);

        assertThat(probeEquals).hasValue(1);
        assertThat(probeHash).hasValue(0);
        // three facts of one type: the first links the type, the others would add nothing
        assertThat(innerEquals).hasValue(1);
    }

    @Test
    void itStopsOnceTheRuleBaseIsReady() {
        AtomicInteger probeEquals = new AtomicInteger();
        AtomicInteger innerEquals = new AtomicInteger();
        Probe plan = new Probe(probeEquals, new AtomicInteger(), List.of(new Inner(innerEquals, "a")));
        AtomicInteger asked = new AtomicInteger();

        // ready after the first fact: the second is left to the evaluation
        FirstEvaluation.prepare(plan, () -> asked.incrementAndGet() > 1);

        assertThat(probeEquals).hasValue(1);
        assertThat(innerEquals).hasValue(0);
    }

    @Test
    void aFactThatFailsCostsNothing() {
        assertThatCode(() -> FirstEvaluation.prepare(new Throwing("x"), () -> false)).doesNotThrowAnyException();
        assertThatCode(() -> FirstEvaluation.prepare(null, () -> false)).doesNotThrowAnyException();
        assertThatCode(() -> FirstEvaluation.prepare("not a record", () -> false)).doesNotThrowAnyException();
    }
}
