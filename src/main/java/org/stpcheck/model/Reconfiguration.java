package org.stpcheck.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A proposed service change (plan-format 2.15, {@code reconfigurations[]}). */
public record Reconfiguration(
        @JsonProperty("$path") String path,
        String id,
        String description,
        List<String> sites,
        List<String> services,
        Integer bedChange,
        String substantialVariation,
        List<String> responsibleBodies,
        LocalDate decisionDate,
        Tests tests,
        BedClosureTest bedTest,
        Involvement involvement,
        Scrutiny scrutiny,
        NhseAssurance nhseAssurance) {

    /** The four tests of service change (plan-format 2.15, {@code tests}). */
    public record Tests(
            @JsonProperty("$path") String path,
            EngagementTest engagement,
            ChoiceTest choice,
            ClinicalEvidenceTest clinicalEvidence,
            CommissionerSupportTest commissionerSupport) {}

    /** Test 1: patient and public engagement (plan-format 2.15, {@code tests.engagement}). */
    public record EngagementTest(
            @JsonProperty("$path") String path,
            List<String> evidenceRefs,
            Boolean consultationPlanned,
            ConsultationDates consultationDates) {}

    /** The public consultation's dates (plan-format 2.15, {@code tests.engagement.consultation_dates}). */
    public record ConsultationDates(
            @JsonProperty("$path") String path,
            LocalDate start,
            LocalDate end) {}

    /** Test 2: patient choice (plan-format 2.15, {@code tests.choice}). */
    public record ChoiceTest(
            @JsonProperty("$path") String path,
            String assessment,
            Integer providersBefore,
            Integer providersAfter) {}

    /** Test 3: clinical evidence (plan-format 2.15, {@code tests.clinical_evidence}). */
    public record ClinicalEvidenceTest(
            @JsonProperty("$path") String path,
            Boolean senateReview,
            LocalDate date,
            String outcome,
            List<String> evidenceRefs) {}

    /** Test 4: commissioner support; the two lists run in parallel (plan-format 2.15, {@code tests.commissioner_support}). */
    public record CommissionerSupportTest(
            @JsonProperty("$path") String path,
            List<String> ccgsSupporting,
            List<LocalDate> resolutionDates) {}

    /** The bed closure test's conditions (a) to (c) (plan-format 2.15, {@code bed_test}). */
    public record BedClosureTest(
            @JsonProperty("$path") String path,
            Boolean altProvisionInPlace,
            Boolean workforceInPlace,
            Boolean newTreatmentEvidence,
            Boolean belowAvgEfficiency,
            Boolean efficiencyPlan) {}

    /** Involvement under s.14Z2 / s.13Q (CCGs) and s.242 (trusts) (plan-format 2.15, {@code involvement}). */
    public record Involvement(
            @JsonProperty("$path") String path,
            LocalDate startDate,
            List<InvolvementActivity> ccgActivities,
            List<InvolvementActivity> providerActivities) {}

    /** One involvement activity; a target of {@code activity} references (plan-format 2.15, {@code involvement.*_activities[]}). */
    public record InvolvementActivity(
            @JsonProperty("$path") String path,
            String id,
            LocalDate date,
            String method,
            String description) {}

    /** Local authority health scrutiny (plan-format 2.15, {@code scrutiny}). */
    public record Scrutiny(
            @JsonProperty("$path") String path,
            List<String> lasAffected,
            List<String> lasConsulted,
            Boolean jointCommittee,
            LocalDate proposedDecisionDate,
            LocalDate commentsDeadline,
            Boolean datesPublished,
            Boolean urgentExemptionClaimed,
            String urgentReasons,
            Boolean referralToSos) {}

    /** NHS England assurance (plan-format 2.15, {@code nhse_assurance}). */
    public record NhseAssurance(
            @JsonProperty("$path") String path,
            String stage,
            LocalDate date,
            String outcome) {}
}
