package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.stpcheck.load.PlanLoader.LoadedPlan;
import org.stpcheck.model.Source;

/** The {@code source} extension: where each value comes from, found by walking up; bad references are load errors. */
class ProvenanceTest {
    private static final String HEAD = """
            format_version: 1
            plan:
              id: t
              name: Test
              as_of: 2017-10-01
              sources:
                - {id: src_a, title: A, url: "https://a.example/", publisher: A Ltd, confidence: high}
                - {id: src_b, title: B, confidence: low}
                - {id: src_c, title: C}
            footprint: {name: Test}
            """;

    private static LoadedPlan load(String body) {
        return new PlanLoader().load("t.yaml", HEAD + body);
    }

    private static List<String> errors(String body) {
        LoadedPlan p = load(body);
        assertThat(p.isValid()).as("should not load").isFalse();
        return p.formattedErrors();
    }

    @Test
    void aMappingSourceCoversEverythingItHoldsAndANestedSourceWins() {
        LoadedPlan p = load("""
                reconfigurations:
                  - id: rc_one
                    description: Close a ward
                    bed_change: -30
                    scrutiny: {referral_to_sos: true, source: src_b}
                    tests:
                      engagement:
                        consultation_dates: {start: 2017-01-02, end: 2017-03-31}
                    source: src_a
                  - {id: rc_two, description: Merge two units}
                """);
        assertThat(p.errors()).isEmpty();
        Provenance v = p.provenance();
        assertThat(v.sourceIdOf("reconfigurations[0].description")).contains("src_a");
        assertThat(v.sourceIdOf("reconfigurations[0].tests.engagement.consultation_dates.start")).contains("src_a");
        assertThat(v.sourceIdOf("reconfigurations[0].scrutiny.referral_to_sos")).contains("src_b");
        assertThat(v.sourceIdOf("reconfigurations[1].description")).isEmpty();
        assertThat(v.sourceOf("reconfigurations[0].bed_change")).map(Source::confidence).contains("high");
        assertThat(v.sourceOf("reconfigurations[0].bed_change")).map(Source::publisher).contains("A Ltd");
        // the key is gone from the facts the rules see
        assertThat(p.plan().reconfigurations().get(0).bedChange()).isEqualTo(-30);
    }

    @Test
    void aPerKeySourceNamesOneSourceForEachKeyAndANestedItemStillWins() {
        LoadedPlan p = load("""
                finance:
                  do_nothing_gap_2020_21_gbp: 415000000
                  cep_area: false
                  gap_closure:
                    - {id: gc_one, measure: Savings, value_gbp: 1000000, source: src_c}
                    - {id: gc_two, measure: More savings, value_gbp: 2000000}
                  source: {do_nothing_gap_2020_21_gbp: src_a, cep_area: src_b, gap_closure: src_b}
                source: src_c
                """);
        assertThat(p.errors()).isEmpty();
        Provenance v = p.provenance();
        assertThat(v.sourceIdOf("finance.do_nothing_gap_2020_21_gbp")).contains("src_a");
        assertThat(v.sourceIdOf("finance.cep_area")).contains("src_b");
        assertThat(v.sourceIdOf("finance.gap_closure[0].value_gbp")).contains("src_c");
        assertThat(v.sourceIdOf("finance.gap_closure[1].value_gbp")).contains("src_b");
        // a root source covers what no nearer source claims
        assertThat(v.sourceIdOf("footprint.name")).contains("src_c");
        assertThat(v.declared()).containsEntry("finance.cep_area", "src_b").containsEntry("", "src_c");
    }

    @Test
    void aSourceNamingNoPlanSourceIsALoadErrorWithItsLine() {
        assertThat(errors("scope: {specialised: true, source: src_z}\n"))
                .singleElement().asString()
                .isEqualTo("t.yaml:11:36: scope.source: no plan source (plan.sources) has the id \"src_z\"; did you mean \"src_a\"?");
        assertThat(errors("scope:\n  specialised: true\n  source: {specialised: src_y}\n")).singleElement().asString()
                .startsWith("t.yaml:13:25: scope.source.specialised: no plan source (plan.sources) has the id \"src_y\"");
    }

    @Test
    void aSourceMustNameAnIdOfASourceNotAnotherKindOfItem() {
        assertThat(errors("members:\n  ccgs: [{id: ccg_x, name: X CCG, code: E38000001}]\nscope: {specialised: true, source: ccg_x}\n"))
                .singleElement().asString().contains("scope.source: \"ccg_x\" is a ccg (members.ccgs[0]), but plan source (plan.sources) is needed here");
    }

    @Test
    void aPerKeySourceMayOnlyNameKeysTheMappingHolds() {
        assertThat(errors("scope:\n  specialised: true\n  source: {specialized: src_a}\n")).singleElement().asString()
                .isEqualTo("t.yaml:13:12: scope.source.specialized: names a source for \"specialized\", which this mapping does not hold; did you mean \"specialised\"?");
        assertThat(errors("scope:\n  specialised: true\n  source: [src_a]\n")).singleElement().asString()
                .isEqualTo("t.yaml:13:11: scope.source: expected the id of a plan source, or a mapping from this mapping's keys to such ids");
        assertThat(errors("scope: {specialised: true, source: \"Src A\"}\n")).singleElement().asString()
                .contains("scope.source: \"Src A\" is not a valid id reference");
    }

    @Test
    void aSourceEntryCannotCiteASourceAndConfidenceIsAnEnum() {
        String bad = HEAD.replace("{id: src_c, title: C}", "{id: src_c, title: C, source: src_a}");
        LoadedPlan p = new PlanLoader().load("t.yaml", bad);
        assertThat(p.formattedErrors()).singleElement().asString()
                .isEqualTo("t.yaml:9:29: plan.sources[2].source: a source entry cannot name a source of its own");
        String conf = HEAD.replace("confidence: low", "confidence: lowish");
        assertThat(new PlanLoader().load("t.yaml", conf).formattedErrors()).singleElement().asString()
                .contains("plan.sources[1].confidence: \"lowish\" is not allowed here; expected one of high, medium, low; did you mean \"low\"?");
    }

    @Test
    void aMappingLeftEmptyOnceItsSourceIsTakenOutIsTheUsualEmptyMappingError() {
        assertThat(errors("scope: {source: src_a}\n")).singleElement().asString()
                .isEqualTo("t.yaml:11:8: scope: an empty mapping ({}) is not allowed; leave the key out");
    }

    @Test
    void aPlanWithoutSourceKeysHasNoProvenanceAndLoadsAsBefore() {
        LoadedPlan p = load("scope: {specialised: true}\n");
        assertThat(p.errors()).isEmpty();
        assertThat(p.provenance().declared()).isEmpty();
        assertThat(p.provenance().sourceOf("scope.specialised")).isEmpty();
    }
}
