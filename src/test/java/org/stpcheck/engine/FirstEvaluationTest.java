package org.stpcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The head start of a first evaluation: each fact type's equals and hashCode called once, and never a failure. */
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

    record Inner(AtomicInteger equalsCalls, String name) {
        @Override
        public boolean equals(Object o) {
            equalsCalls.incrementAndGet();
            return o == this;
        }

        @Override
        public int hashCode() {
            return 2;
        }
    }

    record Throwing(String name) {
        @Override
        public boolean equals(Object o) {
            throw new IllegalStateException("no");
        }
    }

    @Test
    void everyFactTypeIsComparedAndHashedOnce() {
        AtomicInteger probeEquals = new AtomicInteger();
        AtomicInteger probeHash = new AtomicInteger();
        AtomicInteger innerEquals = new AtomicInteger();
        Probe plan = new Probe(probeEquals, probeHash, List.of(new Inner(innerEquals, "a"), new Inner(innerEquals, "b"), new Inner(innerEquals, "c")));

        FirstEvaluation.prepare(plan);

        assertThat(probeEquals).hasValue(1);
        assertThat(probeHash).hasValue(1);
        // three facts of one type: the first links the type, the others would add nothing
        assertThat(innerEquals).hasValue(1);
    }

    @Test
    void aFactThatFailsCostsNothing() {
        assertThatCode(() -> FirstEvaluation.prepare(new Throwing("x"))).doesNotThrowAnyException();
        assertThatCode(() -> FirstEvaluation.prepare(null)).doesNotThrowAnyException();
        assertThatCode(() -> FirstEvaluation.prepare("not a record")).doesNotThrowAnyException();
    }
}
