package org.stpcheck.load;

import java.util.Map;

/**
 * What a plan author needs to know about a section as a whole, beyond its keys: sign conventions,
 * what triggers a family of requirements, tables that span several keys. Markdown; shown at the
 * head of the section in the format reference.
 */
final class SectionNotes {
    private SectionNotes() {}

    static final Map<String, String> NOTES = Map.of(
            "finance", """
                    Signs: a gap is positive when resources fall short. A control total, a planned outturn
                    and a system control total are positive for a surplus and negative for a deficit.

                    PG-14's net-to-zero test: an adjustment stays inside the system only if both `from_org`
                    and `to_org` are member CCGs or providers. An adjustment with one end in `other_bodies`
                    does not net to zero.
                    """,
            "must_dos", """
                    Each must-do is a mapping with the same three keys. For must-dos 4 to 7, PG-16 counts a
                    trajectory as shown if `must_dos.<key>.trajectory` is present or if at least one of these
                    `performance` series is: `ae_ambulance`: `ae_4hr_pct`, `amb_cat_a_8min_pct`; `rtt`:
                    `rtt_18wk_pct`; `cancer`: `cancer_62d_pct`, `cancer_2ww_pct`, `cancer_31d_pct`;
                    `mental_health`: `eip_2wk_pct`, `iapt_6wk_pct`, `iapt_18wk_pct`, `dementia_dx_rate`.
                    Write numbers once: the access standards belong in `performance`, which is what PG-17
                    reads.
                    """,
            "performance", """
                    Each key is a series of percentages (1.6): rows of `period` and `value`. The thresholds
                    the requirements apply are in the rule configuration (`rules/config.yaml`) and in the
                    requirement pages (PG-15, PG-16, PG-17).
                    """,
            "reconfigurations", """
                    A present, non-empty list brings in the RECONF family. A CCG body is one of kind `ccg` or
                    `nhs_england` (RECONF-07). A provider body is one of kind `nhs_trust` or
                    `foundation_trust` (RECONF-08).
                    """,
            "acs", """
                    The ACS family applies when `acs.status` is `candidate`, `shadow` or `full` and
                    `plan.as_of` is 2017-06-15 or later.
                    """,
            "s75_agreements", """
                    A present, non-empty `s75_agreements` or `bcf` brings in the S75 family. The partners'
                    kinds come from the organisations they name (1.4); S75-11 looks for partners of kind
                    `nhs_trust`.

                    S75-08 elements. An element is missing when any key listed for it is absent or `false`,
                    or when a list listed for it is empty:

                    | Element | Keys |
                    |---|---|
                    | (a) | `aims_outcomes` |
                    | (b) | `contributions` (at least one item) |
                    | (c) | `functions` (at least one) |
                    | (d) | `eligible_persons` and `service_kinds` (at least one) |
                    | (e) | `resources_provided` (at least one) |
                    | (f) | `duration_end`, `review_clause`, `variation_clause` and `termination_clause` |
                    | (g) | `management_monitoring` |

                    Service categories (`services[].category`): the core excluded ones (`surgery`,
                    `radiotherapy`, `termination`, `endoscopy`, `laser_class4`, `invasive_other`,
                    `emergency_ambulance`) fail S75-06; the possibly excluded ones (`primary_medical`,
                    `dental`, `ophthalmic`, `pharmaceutical`, `listed_drugs`) flag S75-07; the others are
                    ordinary. Ambulatory care is not excluded and belongs under its ordinary category.

                    Function codes name the statutory provision, as `<act>_<year>_s<section>` or
                    `<act>_<year>_part<n>`: for example `nhs_act_2006_s3` (CCG duty to arrange services),
                    `nhs_act_2006_s2b` (local authority public health), `care_act_2014_part1` (adult social
                    care). S75-05 compares them with the prescribed lists in the rule configuration; because
                    those lists are unverified, S75-05 only flags.
                    """,
            "bcf", """
                    One item for each Health and Wellbeing Board area. S75-13 sign-off: `signed_off_by` must
                    contain `hwb`, plus every partner of the linked agreement whose kind is `ccg` or
                    `local_authority`. Other signatories, such as district councils, may be added.
                    """,
            "transactions", """
                    COMP-09 party types come from the party's kind: `foundation_trust` is `ft`, `nhs_trust`
                    is `nhs_trust`, and every other kind is `private`. If any party has role `acquirer` or
                    `target`, the targets are the parties with role `target`. If every party is `merging`,
                    each one except the party with the largest `uk_turnover_gbp` counts as a target.
                    """);
}
