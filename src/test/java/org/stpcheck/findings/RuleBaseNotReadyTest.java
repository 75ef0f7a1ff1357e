package org.stpcheck.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.stpcheck.load.PlanLoader;

/**
 * A checker whose rule base is still being built prepares the first plan's evaluation while it
 * waits (engine.FirstEvaluation, which asks again before each step), and reports exactly what a
 * checker with the rule base at hand reports.
 */
class RuleBaseNotReadyTest {

    @Test
    void thePlanIsPreparedAndTheReportsAreTheSame() throws IOException {
        List<Path> files = new ArrayList<>(CrossPlanTest.plans(Path.of("plans")));
        files.add(TestSupport.EXAMPLE);
        files.add(TestSupport.MINIMAL);
        AtomicInteger asked = new AtomicInteger();
        Checker waiting = new Checker(TestSupport.catalogue(), TestSupport::rules, () -> {
            asked.incrementAndGet();
            return false;
        }, new PlanLoader());

        RunReport prepared = waiting.check(files, Selection.all());
        RunReport ready = TestSupport.checker().check(files, Selection.all());

        // the checker asks once; only the preparation asks again
        assertThat(asked.get()).isGreaterThan(1);
        assertThat(prepared.plans()).hasSize(files.size());
        assertThat(prepared.plans()).isEqualTo(ready.plans());
    }
}
