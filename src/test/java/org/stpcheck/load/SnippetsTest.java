package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Snippets come from the format and the path alone, with the keys a new mapping or item needs. */
class SnippetsTest {

    @Test
    void aMissingLeafUnderAnExistingMappingIsOneLine() {
        Suggestion s = Snippets.forMissing("governance.lead.ratified_date", "governance.lead").orElseThrow();
        assertThat(s.path()).isEqualTo("governance.lead");
        assertThat(s.yaml()).isEqualTo("ratified_date: <the date NHS England and NHS Improvement ratified the lead's appointment, YYYY-MM-DD>\n");
    }

    @Test
    void anEnumListsItsAllowedValuesInAComment() {
        Suggestion s = Snippets.forMissing("governance.lead.sector", "governance.lead").orElseThrow();
        assertThat(s.yaml()).isEqualTo("sector: <the sector of the lead's home organisation - one of the values listed>  # one of: commissioner, provider, local_government\n");
    }

    @Test
    void aNewListItemCarriesItsRequiredKeys() {
        Suggestion s = Snippets.forMissing("members.local_authorities", "members").orElseThrow();
        assertThat(s.yaml()).isEqualTo("""
                local_authorities:
                  - id: <a short id for this item, such as la_wessex_cc>
                    name: <the council's name>
                    tier: <the type of council - one of the values listed>  # one of: county, district, metropolitan_district, unitary, london_borough, city_of_london
                """);
    }

    @Test
    void aChainOfNewMappingsLeadsDownToTheMissingKeyFromTheNearestOneThePlanHas() {
        Suggestion s = Snippets.forMissing("reconfigurations[0].tests.commissioner_support.ccgs_supporting", "reconfigurations[0]").orElseThrow();
        assertThat(s.path()).isEqualTo("reconfigurations[0]");
        assertThat(s.yaml()).isEqualTo("""
                tests:
                  commissioner_support:
                    ccgs_supporting:
                      - <the CCGs that support the change (test 4) - the id of a CCG in members.ccgs>
                """);
    }

    @Test
    void aMissingSectionIsWrittenWithAllItsKeys() {
        Suggestion s = Snippets.forMissing("scope", "").orElseThrow();
        assertThat(s.path()).isEmpty();
        assertThat(s.yaml()).startsWith("scope:\n  ccg_commissioned: <true if the plan covers the services CCGs commission, false if not>\n");
        assertThat(s.yaml().lines().count()).isEqualTo(6);
    }

    @Test
    void anItemForAnExistingListIsWrittenAsAListItem() {
        Suggestion s = Snippets.forMissing("governance.board.members[3].category", "governance.board.members").orElseThrow();
        assertThat(s.yaml()).startsWith("- id: <a short id for this item");
        assertThat(s.yaml()).contains("\n  name: <the board member's name>\n", "\n  category: <");
    }

    @Test
    void aMappingTheSnippetCreatesCarriesTheOtherKeysTheRequirementReadsButNoneThePlanHas() {
        List<String> pg03 = List.of("governance.lead.name", "governance.lead.organisation", "governance.lead.sector");
        assertThat(Snippets.forMissing(List.of("governance.lead.name"), "", pg03).orElseThrow().yaml()).isEqualTo("""
                governance:
                  lead:
                    name: <the name of the STP lead>
                    organisation: <the lead's home organisation - the id of an organisation in members>
                    sector: <the sector of the lead's home organisation - one of the values listed>  # one of: commissioner, provider, local_government
                """);
        // under an existing mapping only the missing key is added: the plan may already have the others
        assertThat(Snippets.forMissing(List.of("governance.lead.sector"), "governance.lead", pg03).orElseThrow().yaml())
                .isEqualTo("sector: <the sector of the lead's home organisation - one of the values listed>  # one of: commissioner, provider, local_government\n");
    }

    @Test
    void severalMissingKeysUnderOneNodeMakeOneSnippet() {
        Suggestion s = Snippets.forMissing(List.of("finance.allocation_2020_21_gbp", "finance.do_nothing_gap_2020_21_gbp"), "", List.of()).orElseThrow();
        assertThat(s.yaml()).isEqualTo("""
                finance:
                  allocation_2020_21_gbp: <the indicative 2020/21 place-based allocation (published 19 May 2016), in pounds>
                  do_nothing_gap_2020_21_gbp: <the 2020/21 funding gap if nothing changes, in pounds>
                """);
    }

    @Test
    void aPathTheFormatDoesNotHaveGetsNoSnippet() {
        assertThat(Snippets.forMissing("governance.nonsense", "governance")).isEmpty();
        assertThat(Snippets.forMissing("governance.lead", "governance.lead")).isEmpty();
    }

    @Test
    void aMissingKeyPointsAtTheLastLineOfItsParentAndAMissingSectionAtTheEndOfTheFile() {
        String plan = """
                format_version: 1
                plan: {id: p, name: P, as_of: 2017-10-01}
                footprint:
                  name: F
                governance:
                  lead:
                    name: Jo
                    role: >
                      Chief officer of
                      the CCG
                # a trailing comment
                """;
        Locations where = new PlanLoader().load("p.yaml", plan).locations();
        assertThat(where.place("governance.lead.sector")).containsExactly(10, 5);
        assertThat(where.place("governance.board.exists")).containsExactly(10, 3);
        assertThat(where.place("transparency.published")).containsExactly(10, 1);
        assertThat(where.place("plan.version")).containsExactly(2, 8);
        assertThat(where.place("governance.lead.name")).containsExactly(7, 5);
    }
}
