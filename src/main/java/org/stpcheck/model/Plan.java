package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A whole plan file: the top level of plan-format 2.1, one component per section. */
public record Plan(
        @JsonProperty("$path") String path,
        Integer formatVersion,
        PlanInfo plan,
        Footprint footprint,
        Members members,
        Governance governance,
        Gaps gaps,
        Scope scope,
        Finance finance,
        MustDos mustDos,
        Performance performance,
        Services services,
        List<ActivityAssumption> activityAssumptions,
        List<PriorityDecision> priorityDecisions,
        Integration integration,
        List<Reconfiguration> reconfigurations,
        Acs acs,
        List<S75Agreement> s75Agreements,
        List<BcfPlan> bcf,
        List<Procurement> procurements,
        List<Contract> contracts,
        List<CommissioningAction> commissioningActions,
        List<Decommissioning> decommissioning,
        List<Transaction> transactions,
        List<ProviderCollaboration> providerCollaborations,
        Choice choice,
        Engagement engagement,
        Transparency transparency) {}
