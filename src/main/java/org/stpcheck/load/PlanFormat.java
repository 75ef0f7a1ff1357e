package org.stpcheck.load;

import static org.stpcheck.load.Shapes.*;

import java.time.LocalDate;

import org.stpcheck.load.Shape.IdKind;

/**
 * Plan format version 1, key for key as plan-format.md section 2 lists it. Each constant is one
 * section, in the document's order; {@link #ROOT} assembles them. The only keys not in section 2
 * are extensions documented outside section 2 (docs/plan-format-extensions.md): {@code footprint.stp_number},
 * {@code footprint.dashboard_rating_july_2017}, {@code plan.sources[].publisher} and
 * {@code plan.sources[].confidence}; the {@code source} key any mapping may carry is read by
 * {@link Provenance}, not here.
 */
public final class PlanFormat {
    private PlanFormat() {}

    // Scalars and objects that several sections share, so that a value set is written once.

    static final Shape.Scalar FOOTPRINT_CODE = matching("E54[0-9]{6}", "an ONS footprint code (E54 + 6 digits)");
    static final Shape.Scalar CCG_CODE = matching("E38[0-9]{6}", "an ONS CCG code (E38 + 6 digits)");
    static final Shape.Scalar LA_CODE = matching("E(06|07|08|09|10)[0-9]{6}",
            "an ONS local authority code (E06, E07, E08, E09 or E10 + 6 digits)");

    static final String[] PROVIDER_TYPES = {"nhs_trust", "foundation_trust", "independent", "gp_federation", "voluntary"};
    static final String[] ACTIVITY_METRICS =
            {"ae_attendances", "emergency_admissions", "elective", "outpatients", "beds", "other"};
    static final String[] ASSURANCE_OUTCOMES = {"supported", "supported_with_conditions", "not_supported", "pending"};

    // plan.as_of: from the planning guidance (the catalogue's default window start) to the end of the
    // plan period, October 2016 to March 2021, the last date any requirement speaks for (2020/21)
    static final LocalDate AS_OF_EARLIEST = LocalDate.of(2015, 12, 22);
    static final LocalDate AS_OF_LATEST = LocalDate.of(2021, 3, 31);

    // 2.2 plan
    static final Shape.Obj PLAN = obj(
            req("id", id()),
            req("name", str()),
            req("as_of", date().between(AS_OF_EARLIEST, AS_OF_LATEST)),
            opt("version", oneOf("draft", "checkpoint_2016_06", "final_2016_10", "partnership_2017")),
            opt("period_start", date()),
            opt("period_end", date()),
            opt("sources", items(IdKind.SOURCE,
                    req("title", str()),
                    opt("url", url()),
                    opt("date", date()),
                    opt("publisher", str()),      // extension
                    opt("confidence", oneOf("high", "medium", "low")))));   // extension

    // 2.3 footprint
    static final Shape.Obj FOOTPRINT = obj(
            opt("code", FOOTPRINT_CODE),
            req("name", str()),
            opt("nhs_region", oneOf("north", "midlands_and_east", "london", "south")),
            opt("population", integer(1, 60_000_000)),                                 // England: under 60 million
            opt("approved_by_nhse", bool()),
            opt("boundary_changes", items(IdKind.ITEM,
                    req("ccg_code", CCG_CODE),
                    req("other_footprint_code", FOOTPRINT_CODE),
                    req("approved_date", date()),
                    opt("description", str()))),
            opt("stp_number", integer(1, 44)),                                        // extension
            opt("dashboard_rating_july_2017",                                         // extension
                    oneOf("outstanding", "advanced", "making_progress", "needs_most_improvement")));

    // 2.4 members
    static final Shape.Obj MEMBERS = obj(
            opt("ccgs", items(IdKind.CCG,
                    req("name", str()),
                    req("code", CCG_CODE),
                    opt("ods_code", matching("[A-Z0-9]{3}", "an ODS code (3 capitals or digits)")))),
            opt("providers", items(IdKind.ORG_BY_TYPE,
                    req("name", str()),
                    req("type", oneOf(PROVIDER_TYPES)),
                    opt("services", list(oneOf("acute", "mental_health", "community", "ambulance", "primary_care", "other"))),
                    opt("ods_code", matching("[A-Z0-9]{3,5}", "an ODS code (3 to 5 capitals or digits)")))),
            opt("local_authorities", items(IdKind.LOCAL_AUTHORITY,
                    req("name", str()),
                    req("tier", oneOf("county", "district", "metropolitan_district", "unitary", "london_borough",
                            "city_of_london")),
                    opt("social_care_authority", bool()),
                    opt("code", LA_CODE))),
            opt("primary_care_representation", items(IdKind.ITEM,
                    req("name", str()),
                    opt("kind", oneOf("local_medical_committee", "gp_federation", "gp_clinical_lead",
                            "nhs_england_primary_care", "other")))),
            opt("other_bodies", items(IdKind.ORG_BY_TYPE,
                    req("name", str()),
                    req("type", oneOf("nhs_england", "nhs_improvement", "ccg", "nhs_trust", "foundation_trust",
                            "independent", "gp_federation", "voluntary", "local_authority", "healthwatch", "other")))));

    // 2.5 governance
    static final Shape.Obj GOVERNANCE = obj(
            opt("lead", obj(
                    opt("name", str()),
                    opt("role", str()),
                    opt("organisation", ref("org")),
                    opt("sector", oneOf("commissioner", "provider", "local_government")),
                    opt("appointment_process", oneOf("fair_process", "nominated_2016", "unknown")),
                    opt("ratified_by_nhse_nhsi", bool()),
                    opt("ratified_date", date()))),
            opt("board", obj(
                    opt("exists", bool()),
                    opt("established", date()),
                    opt("members", items(IdKind.ITEM,
                            req("name", str()),
                            req("category", oneOf("ccg", "provider", "gp", "local_authority", "non_executive", "other")),
                            opt("organisation", ref("org")),
                            opt("provider_interests", list(ref("org"))))))),
            opt("decision_mechanisms", items(IdKind.ITEM,
                    req("type", oneOf("committees_in_common", "joint_committee", "lead_commissioner", "informal")),
                    opt("members", list(ref("org"))),
                    opt("delegated_functions", list(str())),
                    opt("description", str()))),
            opt("asserts_statutory_powers", bool()));

    // 2.6 gaps: the same object for each Forward View gap
    static final Shape.Obj GAP = obj(
            opt("baseline", str()),
            opt("interventions", list(str())),
            opt("target_2020_21", str()));
    static final Shape.Obj GAPS = obj(
            opt("health_wellbeing", GAP),
            opt("care_quality", GAP),
            opt("finance_efficiency", GAP));

    // 2.7 scope
    static final Shape.Obj SCOPE = obj(
            opt("ccg_commissioned", bool()),
            opt("primary_medical_care", bool()),
            opt("specialised", bool()),
            opt("social_care", bool()),
            opt("public_health", bool()));

    // 2.8 finance (signs: a gap is + for a shortfall; control totals and outturns are + for a surplus)
    static final Shape.Obj FINANCE = obj(
            opt("allocation_2020_21_gbp", gbp()),
            opt("do_nothing_gap_2020_21_gbp", gbpSigned()),
            opt("residual_gap_2020_21_gbp", gbpSigned()),
            opt("gap_closure", items(IdKind.ITEM,
                    req("measure", str()),
                    opt("category", oneOf("provider_efficiency", "demand_mgmt", "stf", "other")),
                    req("value_gbp", gbp()),
                    opt("year", fy()))),
            opt("control_totals", items(IdKind.ITEM,
                    req("org", ref("org")),
                    req("year", fy()),
                    req("value_gbp", gbpSigned()),
                    opt("accepted", bool()),
                    opt("planned_outturn_gbp", gbpSigned()))),
            opt("system_control_total", keyedRows(
                    req("year", fy()),
                    req("value_gbp", gbpSigned()))),
            opt("control_total_adjustments", items(IdKind.ITEM,
                    req("from_org", ref("org")),
                    req("to_org", ref("org")),
                    req("year", fy()),
                    req("amount_gbp", gbp()),
                    opt("approved_by_nhse_nhsi", bool()))),
            opt("system_financial_governance_assured", bool()),
            opt("stf_assumed", items(IdKind.ITEM,
                    req("org", ref("org")),
                    req("year", fy()),
                    req("gbp", gbp()))),
            opt("cep_area", bool()),
            opt("cep_revised_plan_date", date()),
            opt("cep_actions", items(IdKind.ITEM,
                    req("type", oneOf("reduce_outsourcing", "restrict_access", "close_service", "extend_waits", "asset_sale")),
                    opt("description", str()),
                    opt("affected_providers", list(ref("org"))),
                    opt("breaches_constitution_standard", bool()))));

    // 2.9 must_dos: the same object for each of the nine must-dos
    static final Shape.Obj MUST_DO = obj(
            req("addressed", bool()),
            opt("summary", str()),
            opt("trajectory", series(number(-MAX_GBP, MAX_GBP))));                // money, counts or percentages
    static final Shape.Obj MUST_DOS = obj(
            opt("stp_milestones", MUST_DO),
            opt("financial_balance", MUST_DO),
            opt("general_practice", MUST_DO),
            opt("ae_ambulance", MUST_DO),
            opt("rtt", MUST_DO),
            opt("cancer", MUST_DO),
            opt("mental_health", MUST_DO),
            opt("learning_disability", MUST_DO),
            opt("quality_special_measures", MUST_DO));

    // 2.10 performance
    static final Shape.Obj PERFORMANCE = obj(
            opt("ae_4hr_pct", series(pct())),
            opt("amb_cat_a_8min_pct", series(pct())),
            opt("rtt_18wk_pct", series(pct())),
            opt("cancer_62d_pct", series(pct())),
            opt("cancer_2ww_pct", series(pct())),
            opt("cancer_31d_pct", series(pct())),
            opt("eip_2wk_pct", series(pct())),
            opt("iapt_6wk_pct", series(pct())),
            opt("iapt_18wk_pct", series(pct())),
            opt("dementia_dx_rate", series(pct())),
            opt("dtoc_pct", series(pct())));

    // 2.11 services
    static final Shape.Obj SERVICES = obj(
            opt("primary_care", obj(
                    opt("plan_present", bool()),
                    opt("workforce_actions", list(str())),
                    opt("estate_investment_gbp", gbp()))),
            opt("mental_health", obj(
                    opt("section_present", bool()),
                    opt("investment_gbp", series(gbp())))),
            opt("seven_day", obj(
                    opt("priority_standards", list(integer(1, 10))),
                    opt("coverage_pct", series(pct())))),
            opt("prevention", obj(
                    opt("actions", list(str())),
                    opt("la_public_health_partner", list(ref("la"))))),
            opt("cancer", obj(
                    opt("actions", list(str())))),
            opt("uec", obj(
                    opt("actions", list(str())))),
            opt("digital", obj(
                    opt("ldr_ids", list(str())),
                    opt("ldr_aligned_with_stp", bool()),
                    opt("paper_free_2020_plan", bool()),
                    opt("shared_record", list(str())))),
            opt("workforce", obj(
                    opt("plan_present", bool()),
                    opt("agency_within_cap", bool()),
                    opt("out_of_hospital_shift_fte", number(0, 2_000_000)),     // more staff than the NHS in England employs
                    opt("transfers_planned", bool()))),
            opt("estates", obj(
                    opt("strategy_present", bool()),
                    opt("surplus_disposals_gbp", gbp()),
                    opt("capital_bids", items(IdKind.ITEM,
                            req("description", str()),
                            opt("value_gbp", gbp()),
                            opt("year", fy()))))));

    // 2.12 activity_assumptions
    static final Shape.ListOf ACTIVITY_ASSUMPTIONS = items(IdKind.ITEM,
            req("metric", oneOf(ACTIVITY_METRICS)),
            req("change_pct", number(-100, 1000)),
            opt("by_year", fy()),
            opt("evidence_refs", list(ref("source"))),
            opt("description", str()));

    // 2.13 priority_decisions
    static final Shape.ListOf PRIORITY_DECISIONS = items(IdKind.ITEM,
            req("title", str()),
            opt("description", str()));

    // 2.14 integration
    static final Shape.Obj INTEGRATION = obj(
            opt("social_care_actions", list(str())),
            opt("hwb_engaged", list(ref("la"))),
            opt("bcf_plans_aligned", list(ref("la"))));

    // 2.15 reconfigurations
    static final Shape.ListOf INVOLVEMENT_ACTIVITIES = items(IdKind.ACTIVITY,
            req("date", date()),
            req("method", str()),
            opt("description", str()));
    static final Shape.ListOf RECONFIGURATIONS = items(IdKind.ITEM,
            req("description", str()),
            opt("sites", list(str())),
            opt("services", list(str())),
            opt("bed_change", integer(-200_000, 200_000)),                     // England: under 150,000 NHS beds
            opt("substantial_variation", tri()),
            opt("responsible_bodies", list(ref("org"))),
            opt("decision_date", date()),
            opt("tests", obj(
                    opt("engagement", obj(
                            opt("evidence_refs", list(ref("source"))),
                            opt("consultation_planned", bool()),
                            opt("consultation_dates", obj(
                                    req("start", date()),
                                    opt("end", date()))))),
                    opt("choice", obj(
                            opt("assessment", str()),
                            opt("providers_before", integer(0, 10_000)),   // more than England's GP practices and trusts together
                            opt("providers_after", integer(0, 10_000)))),
                    opt("clinical_evidence", obj(
                            opt("senate_review", bool()),
                            opt("date", date()),
                            opt("outcome", oneOf(ASSURANCE_OUTCOMES)),
                            opt("evidence_refs", list(ref("source"))))),
                    opt("commissioner_support", obj(
                            opt("ccgs_supporting", list(ref("ccg"))),
                            opt("resolution_dates", list(date())))))),
            opt("bed_test", obj(
                    opt("alt_provision_in_place", bool()),
                    opt("workforce_in_place", bool()),
                    opt("new_treatment_evidence", bool()),
                    opt("below_avg_efficiency", bool()),
                    opt("efficiency_plan", bool()))),
            opt("involvement", obj(
                    opt("start_date", date()),
                    opt("ccg_activities", INVOLVEMENT_ACTIVITIES),
                    opt("provider_activities", INVOLVEMENT_ACTIVITIES))),
            opt("scrutiny", obj(
                    opt("las_affected", list(ref("la"))),
                    opt("las_consulted", list(ref("la"))),
                    opt("joint_committee", bool()),
                    opt("proposed_decision_date", date()),
                    opt("comments_deadline", date()),
                    opt("dates_published", bool()),
                    opt("urgent_exemption_claimed", bool()),
                    opt("urgent_reasons", str()),
                    opt("referral_to_sos", bool()))),
            opt("nhse_assurance", obj(
                    opt("stage", oneOf("not_started", "strategic_sense_check", "assurance_checkpoint",
                            "further_checkpoint", "complete")),
                    opt("date", date()),
                    opt("outcome", oneOf(ASSURANCE_OUTCOMES)))));

    // 2.16 acs
    static final Shape.Obj ACS = obj(
            opt("status", oneOf("none", "candidate", "shadow", "full")),
            opt("area_name", str()),
            opt("mou_signed", bool()),
            opt("mou_date", date()),
            opt("full_status_decision_date", date()),
            opt("governance", obj(
                    opt("structure_type", oneOf("committees_in_common", "joint_committee", "partnership_board",
                            "alliance_board", "other")),
                    opt("members", list(ref("org"))),
                    opt("decision_rules", str()),
                    opt("statutory_accountabilities_preserved", bool()))),
            opt("integration", obj(
                    opt("horizontal", list(str())),
                    opt("vertical", list(str())))),
            opt("choice_mechanisms", list(str())),
            opt("choice_impact_assessment", str()),
            opt("phm", obj(
                    opt("capability_level", oneOf("none", "emerging", "developing", "mature")),
                    opt("risk_stratification", bool()),
                    opt("data_sharing_agreements", items(IdKind.ITEM,
                            req("name", str()),
                            opt("parties", list(ref("org"))))))),
            opt("system_control_total_gbp", gbpSigned()),
            opt("vfm_accountable_person", str()),
            opt("quality_targets", list(str())),
            opt("performance_commitments", list(str())),
            opt("demand_moderation", items(IdKind.ITEM,
                    req("metric", oneOf(ACTIVITY_METRICS)),
                    req("baseline", number(0, 1e9)),                    // activity a year: above England's yearly outpatient appointments
                    req("target", number(0, 1e9)),
                    req("year", fy()),
                    opt("evidence_refs", list(ref("source"))))),
            opt("efficiency_lead_opportunity", str()),
            opt("pathway_group_member", bool()));

    // 2.17 s75_agreements
    static final Shape.ListOf S75_AGREEMENTS = items(IdKind.S75,
            req("name", str()),
            opt("partners", list(ref("org"))),
            opt("arrangement_types", list(oneOf("pooled_fund", "lead_commissioning", "integrated_provision"))),
            opt("exercised_by", ref("org")),
            opt("nhs_functions", list(code())),
            opt("la_functions", list(code())),
            opt("services", items(IdKind.ITEM,
                    req("name", str()),
                    req("category", oneOf(
                            // core excluded (S75-06)
                            "surgery", "radiotherapy", "termination", "endoscopy", "laser_class4", "invasive_other",
                            "emergency_ambulance",
                            // possibly excluded (S75-07)
                            "primary_medical", "dental", "ophthalmic", "pharmaceutical", "listed_drugs",
                            // ordinary
                            "social_care", "community_health", "mental_health", "learning_disability",
                            "continuing_healthcare", "reablement", "intermediate_care", "equipment", "carers",
                            "disabled_facilities", "public_health", "other")))),
            opt("improvement_rationale", str()),
            opt("consultation", obj(
                    opt("jointly_conducted", bool()),
                    opt("date", date()),
                    opt("consultees", list(str())))),
            opt("agreement", obj(
                    opt("written", bool()),
                    opt("signed_date", date()),
                    opt("aims_outcomes", str()),
                    opt("contributions", items(IdKind.ITEM,
                            req("partner", ref("org")),
                            req("value_gbp", gbp()),
                            opt("year", fy()))),
                    opt("functions", list(code())),
                    opt("eligible_persons", str()),
                    opt("service_kinds", list(str())),
                    opt("resources_provided", list(str())),
                    opt("duration_end", date()),
                    opt("review_clause", bool()),
                    opt("variation_clause", bool()),
                    opt("termination_clause", bool()),
                    opt("management_monitoring", str()),
                    opt("la_reporting", obj(
                            opt("quarterly", bool()),
                            opt("annual", bool()))))),
            opt("pooled_fund", obj(
                    opt("host_partner", ref("org")),
                    opt("pool_manager", obj(
                            opt("name", str()),
                            opt("employer", ref("org")))),
                    opt("quarterly_reports", bool()),
                    opt("annual_return", bool()),
                    opt("audit_arrangements", str()))),
            opt("commissioner_consents", items(IdKind.ITEM,
                    req("trust", ref("trust")),
                    req("commissioner", ref("commissioner")),
                    opt("date", date()))),
            opt("asserts_liability_transfer", bool()));

    // 2.18 bcf
    static final Shape.ListOf BCF = items(IdKind.ITEM,
            req("hwb_area", ref("la")),
            opt("year", fy()),
            opt("ccg_min_required_gbp", gbp()),
            opt("ccg_contribution_gbp", gbp()),
            opt("s75_agreement_id", ref("s75")),
            opt("signed_off_by", list(ref("org_or_hwb"))),
            opt("dfg_included", bool()),
            opt("ibcf_included", bool()),
            opt("nc2_social_care_gbp", gbp()),
            opt("nc2_required_gbp", gbp()),
            opt("nc3_ooh_gbp", gbp()),
            opt("nc3_required_gbp", gbp()),
            opt("nc4_hicm_plan", bool()),
            opt("dtoc_metric", str()));

    // 2.19 procurements
    static final Shape.ListOf PROCUREMENTS = items(IdKind.ITEM,
            req("service", str()),
            opt("commissioner", ref("commissioner")),
            opt("value_gbp", gbp()),
            opt("start_date", date()),
            opt("route", oneOf("competitive", "single_tender", "extension", "variation", "aqp")),
            opt("route_rationale", str()),
            opt("only_capable_provider_justification", str()),
            opt("justification_grounds", list(oneOf("only_capable_provider", "integration", "provider_sustainability",
                    "urgency", "other"))),
            opt("market_testing_evidence", str()),
            opt("bidders", list(ref("org"))),
            opt("ojeu_notice", bool()),
            opt("pcr_reg32_ground", oneOf("no_suitable_tenders", "unique_artistic", "technical_reasons",
                    "exclusive_rights", "extreme_urgency", "design_contest", "repetition")),
            opt("record_kept", bool()),
            opt("ownership_preference_stated", bool()),
            opt("conflicts", items(IdKind.ITEM,
                    req("person", str()),
                    req("interest", str()),
                    opt("interest_in", ref("org")),
                    opt("managed_how", str()))));

    // 2.20 contracts
    static final Shape.ListOf CONTRACTS = items(IdKind.ITEM,
            req("name", str()),
            req("type", oneOf("capitated", "alliance", "prime_provider", "aco", "standard")),
            opt("parties", list(ref("org"))),
            opt("choice_preserved_mechanism", str()),
            opt("covers_acs_services", bool()));

    // 2.21 commissioning_actions
    static final Shape.ListOf COMMISSIONING_ACTIONS = items(IdKind.ITEM,
            req("type", oneOf("restrict_providers", "market_allocation", "decommission", "referral_management")),
            req("description", str()),
            opt("affected_provider_types", list(oneOf(PROVIDER_TYPES))),
            opt("patient_interest_rationale", str()),
            opt("ownership_preference_stated", bool()));

    // 2.22 decommissioning
    static final Shape.ListOf DECOMMISSIONING = items(IdKind.ITEM,
            req("service", str()),
            opt("incumbent", ref("org")),
            opt("replacement_route", oneOf("competitive", "single_tender", "extension", "variation", "aqp",
                    "no_replacement")),
            opt("involvement_ref", ref("activity")));

    // 2.23 transactions
    static final Shape.ListOf TRANSACTIONS = items(IdKind.ITEM,
            req("type", oneOf("merger", "acquisition", "service_transfer", "joint_venture", "management_contract")),
            opt("description", str()),
            opt("parties", keyedRows(
                    req("org", ref("org")),
                    req("role", oneOf("acquirer", "target", "merging")),
                    opt("uk_turnover_gbp", gbp()))),
            opt("overlapping_services", list(str())),
            opt("share_of_supply_pct", pct()),
            opt("public_date", date()),
            opt("completion_date", date()),
            opt("cma_notified", bool()),
            opt("nhsi_engaged", bool()),
            opt("patient_benefits_case", str()));

    // 2.24 provider_collaborations
    static final Shape.ListOf PROVIDER_COLLABORATIONS = items(IdKind.ITEM,
            req("name", str()),
            opt("parties", list(ref("org"))),
            opt("type", oneOf("clinical_network", "alliance", "shared_services", "joint_bidding", "group_model", "other")),
            opt("competing_services", bool()),
            opt("shares_commercial_info", bool()),
            opt("allocates_services", bool()));

    // 2.25 choice
    static final Shape.Obj CHOICE = obj(
            opt("referral_management_schemes", items(IdKind.ITEM,
                    req("name", str()),
                    opt("restricts_provider_choice", bool()),
                    opt("exempt_category", oneOf("urgent_or_emergency", "maternity", "mental_health_detained",
                            "prisoner_or_detainee", "armed_forces", "other_exemption")))),
            opt("capped_providers", list(ref("org"))));

    // 2.26 engagement
    static final Shape.Obj ENGAGEMENT = obj(
            opt("plan_present", bool()),
            opt("activities", items(IdKind.ACTIVITY,
                    req("audience", oneOf("public", "patients", "clinicians", "staff", "unions", "la_members", "hwb",
                            "vcse", "healthwatch")),
                    req("method", str()),
                    opt("date", date()),
                    opt("local_authorities", list(ref("la"))))),
            opt("clinical", obj(
                    opt("consultants_engaged", bool()),
                    opt("gps_engaged", bool()),
                    opt("lmc_engaged", bool()),
                    opt("methods", list(str())),
                    opt("clinical_leads", list(str())))),
            opt("staff", obj(
                    opt("unions_engaged", list(str())),
                    opt("lnc_engaged", bool()))),
            opt("public_awareness_measure", str()),
            opt("data_sharing_communications", str()),
            opt("evidence_communicated", bool()));

    // 2.27 transparency
    static final Shape.Obj TRANSPARENCY = obj(
            opt("published", bool()),
            opt("publication_date", date()),
            opt("url", url()),
            opt("appendices_published", bool()),
            opt("financial_annex_published", bool()),
            opt("foi_requests", items(IdKind.ITEM,
                    req("date", date()),
                    req("exemption", oneOf("none", "s12", "s21", "s22", "s36", "s40", "s41", "s43", "other")),
                    req("outcome", oneOf("disclosed", "partly_disclosed", "refused", "pending", "withdrawn")),
                    opt("public_interest_test_recorded", bool()))),
            opt("nondisclosure_instruction_received", bool()));

    // 2.1 top level: last, because it is built from the sections above
    public static final Shape.Obj ROOT = obj(
            req("format_version", one()),
            req("plan", PLAN),
            req("footprint", FOOTPRINT),
            opt("members", MEMBERS),
            opt("governance", GOVERNANCE),
            opt("gaps", GAPS),
            opt("scope", SCOPE),
            opt("finance", FINANCE),
            opt("must_dos", MUST_DOS),
            opt("performance", PERFORMANCE),
            opt("services", SERVICES),
            opt("activity_assumptions", ACTIVITY_ASSUMPTIONS),
            opt("priority_decisions", PRIORITY_DECISIONS),
            opt("integration", INTEGRATION),
            opt("reconfigurations", RECONFIGURATIONS),
            opt("acs", ACS),
            opt("s75_agreements", S75_AGREEMENTS),
            opt("bcf", BCF),
            opt("procurements", PROCUREMENTS),
            opt("contracts", CONTRACTS),
            opt("commissioning_actions", COMMISSIONING_ACTIONS),
            opt("decommissioning", DECOMMISSIONING),
            opt("transactions", TRANSACTIONS),
            opt("provider_collaborations", PROVIDER_COLLABORATIONS),
            opt("choice", CHOICE),
            opt("engagement", ENGAGEMENT),
            opt("transparency", TRANSPARENCY));
}
