package org.stpcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.Selection;
import org.stpcheck.findings.Checker;

/**
 * A run of some families builds only their rules (issue 12), and decides their requirements exactly
 * as the whole rule base does.
 */
class FamilyRuleBaseTest {
    @Test
    void aFamilysRuleBaseHoldsAllOfItsRulesAndNoOthers() {
        RuleBase all = TestSupport.rules();
        RuleBase pgAndS75 = RuleBase.shipped(Set.of("PG", "S75"));
        Set<String> expected = all.rules().stream().map(r -> r.getName())
                .filter(n -> n.startsWith("PG-") || n.startsWith("S75-")).collect(Collectors.toSet());
        assertThat(pgAndS75.rules()).extracting(r -> r.getName()).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
        assertThat(RuleBase.shipped(Set.of()).rules()).isEmpty();
    }

    @Test
    void theFamilysResultsAreTheWholeRuleBasesResults() {
        Selection reconf = new Selection(java.util.List.of("RECONF"), null);
        Checker alone = new Checker(TestSupport.catalogue(), RuleBase.shipped(Set.of("RECONF")));
        PlanReport ours = alone.check(TestSupport.EXAMPLE.toString(), read(), reconf);
        PlanReport whole = TestSupport.checker().check(TestSupport.EXAMPLE.toString(), read(), reconf);
        assertThat(ours.results()).hasSizeGreaterThan(5).hasSameSizeAs(whole.results());
        for (int i = 0; i < ours.results().size(); i++) {
            Result a = ours.results().get(i);
            Result b = whole.results().get(i);
            assertThat(a).as(a.requirement().id()).isEqualTo(b);
        }
    }

    private static String read() {
        try {
            return java.nio.file.Files.readString(TestSupport.EXAMPLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
