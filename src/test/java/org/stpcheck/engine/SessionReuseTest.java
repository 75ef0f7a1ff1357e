package org.stpcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.stpcheck.load.PlanLoader;

/**
 * A session the engine reuses (reset between plans, firing directly) tells each finding its rule
 * and matched facts on every plan, not only the first: resetting a session drops its listeners,
 * and a directly firing session tells only rule event listeners.
 */
class SessionReuseTest {

    @Test
    void everyFindingNamesItsRuleAndFactsOnEachReuseOfTheSession() throws Exception {
        Object plan = new PlanLoader().load(TestSupport.EXAMPLE).plan();
        Engine engine = new Engine(TestSupport.rules(), TestSupport.catalogue());
        List<Finding> first = engine.evaluate(plan, List.of());
        assertThat(first).isNotEmpty().allSatisfy(f -> assertThat(f.rule()).as(f.message()).isNotNull());
        assertThat(first).anySatisfy(f -> assertThat(f.matched()).isNotEmpty());
        for (int i = 0; i < Engine.CHUNK + 2; i++) {
            assertThat(engine.evaluate(plan, List.of())).as("evaluation %d", i + 2).containsExactlyInAnyOrderElementsOf(first);
        }
    }
}
