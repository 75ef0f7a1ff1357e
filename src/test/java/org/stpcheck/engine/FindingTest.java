package org.stpcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.stpcheck.catalogue.Severity;

/** A finding's facts are immutable whoever makes it; the sink's are built once and taken as they are. */
class FindingTest {

    private static Finding reported(Object... facts) {
        // a given severity and no current match: neither the catalogue nor the facts walker is asked
        FindingSink sink = new FindingSink(null, null);
        sink.failWarning("X-01", "a.b", "message", facts);
        return sink.findings().get(0);
    }

    @Test
    void aCallersMapIsCopiedSoChangingItLaterChangesNothing() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("b", 1);
        facts.put("a", null);
        Finding f = new Finding("X-01", Outcome.FAIL, Severity.ERROR, "m", "p", facts, false, null, null);
        facts.put("c", 3);
        assertThat(f.facts()).containsExactly(Map.entry("b", 1), new java.util.AbstractMap.SimpleEntry<>("a", null));
        assertThatThrownBy(() -> f.facts().put("d", 4)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(f.matched()).isEmpty();
    }

    @Test
    void theSinksFactsKeepTheRulesOrderNullsAndTheLastValueOfAKeyGivenTwice() {
        Finding f = reported("ccg", "ccg_a", "beds", 30, "none", null, "ccg", "ccg_b", "list", List.of(1, "two"));
        assertThat(new ArrayList<>(f.facts().keySet())).containsExactly("ccg", "beds", "none", "list");
        assertThat(f.facts().get("ccg")).isEqualTo("ccg_b");
        assertThat(f.facts().containsKey("none")).isTrue();
        assertThat(f.facts().get("none")).isNull();
        assertThat(f.facts().get("missing")).isNull();
        // equal to, and printed as, the LinkedHashMap it replaces (reports print facts)
        Map<String, Object> same = new LinkedHashMap<>();
        same.put("ccg", "ccg_b");
        same.put("beds", 30);
        same.put("none", null);
        same.put("list", List.of(1, "two"));
        assertThat(f.facts()).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(f.facts().toString()).isEqualTo(same.toString());
    }

    @Test
    void theSinksFactsCannotBeChangedAndAreTakenWithoutACopy() {
        Finding f = reported("beds", 30, "items", new ArrayList<>(List.of("a")));
        assertThatThrownBy(() -> f.facts().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.facts().entrySet().iterator().next().setValue(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) f.facts().get("items")).clear()).isInstanceOf(UnsupportedOperationException.class);
        Finding again = new Finding(f.requirement(), f.outcome(), f.severity(), f.message(), f.path(), f.facts(),
                f.evidence(), f.rule(), f.matched());
        assertThat(again.facts()).isSameAs(f.facts());
        assertThat(again).isEqualTo(f);
    }

    @Test
    void noFactsAndOddPairs() {
        assertThat(reported().facts()).isEmpty();
        assertThatThrownBy(() -> reported("lonely")).isInstanceOf(IllegalArgumentException.class);
    }
}
