package org.stpcheck.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Accountable care system status and the facts the ACS family reads (plan-format 2.16). */
public record Acs(
        @JsonProperty("$path") String path,
        String status,
        String areaName,
        Boolean mouSigned,
        LocalDate mouDate,
        LocalDate fullStatusDecisionDate,
        Governance governance,
        Integration integration,
        List<String> choiceMechanisms,
        String choiceImpactAssessment,
        Phm phm,
        Double systemControlTotalGbp,
        String vfmAccountablePerson,
        List<String> qualityTargets,
        List<String> performanceCommitments,
        List<DemandModeration> demandModeration,
        String efficiencyLeadOpportunity,
        Boolean pathwayGroupMember) {

    /** The ACS's collective decision structure, not the STP's (plan-format 2.16, {@code acs.governance}). */
    public record Governance(
            @JsonProperty("$path") String path,
            String structureType,
            List<String> members,
            String decisionRules,
            Boolean statutoryAccountabilitiesPreserved) {}

    /** Horizontal and vertical provider integration (plan-format 2.16, {@code acs.integration}). */
    public record Integration(
            @JsonProperty("$path") String path,
            List<String> horizontal,
            List<String> vertical) {}

    /** Population health management (plan-format 2.16, {@code acs.phm}). */
    public record Phm(
            @JsonProperty("$path") String path,
            String capabilityLevel,
            Boolean riskStratification,
            List<DataSharingAgreement> dataSharingAgreements) {}

    /** {@code acs.phm.data_sharing_agreements[]} (plan-format 2.16). */
    public record DataSharingAgreement(
            @JsonProperty("$path") String path,
            String id,
            String name,
            List<String> parties) {}

    /** A measurable action to moderate demand (plan-format 2.16, {@code acs.demand_moderation[]}). */
    public record DemandModeration(
            @JsonProperty("$path") String path,
            String id,
            String metric,
            Double baseline,
            Double target,
            String year,
            List<String> evidenceRefs) {}
}
