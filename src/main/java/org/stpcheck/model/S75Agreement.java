package org.stpcheck.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A section 75 arrangement, existing or proposed (plan-format 2.17, {@code s75_agreements[]}). */
public record S75Agreement(
        @JsonProperty("$path") String path,
        String id,
        String name,
        List<String> partners,
        List<String> arrangementTypes,
        String exercisedBy,
        List<String> nhsFunctions,
        List<String> laFunctions,
        List<S75Service> services,
        String improvementRationale,
        S75Consultation consultation,
        S75WrittenAgreement agreement,
        PooledFund pooledFund,
        List<CommissionerConsent> commissionerConsents,
        Boolean assertsLiabilityTransfer) {

    /** A service funded or delivered under the arrangement (plan-format 2.17, {@code services[]}). */
    public record S75Service(
            @JsonProperty("$path") String path,
            String id,
            String name,
            String category) {}

    /** The partners' consultation (plan-format 2.17, {@code consultation}). */
    public record S75Consultation(
            @JsonProperty("$path") String path,
            Boolean jointlyConducted,
            LocalDate date,
            List<String> consultees) {}

    /** The written agreement and its elements (a) to (g) (plan-format 2.17, {@code agreement}). */
    public record S75WrittenAgreement(
            @JsonProperty("$path") String path,
            Boolean written,
            LocalDate signedDate,
            String aimsOutcomes,
            List<Contribution> contributions,
            List<String> functions,
            String eligiblePersons,
            List<String> serviceKinds,
            List<String> resourcesProvided,
            LocalDate durationEnd,
            Boolean reviewClause,
            Boolean variationClause,
            Boolean terminationClause,
            String managementMonitoring,
            LaReporting laReporting) {}

    /** A partner's contribution (plan-format 2.17, {@code agreement.contributions[]}). */
    public record Contribution(
            @JsonProperty("$path") String path,
            String id,
            String partner,
            Double valueGbp,
            String year) {}

    /** The authority's reporting under integrated provision (plan-format 2.17, {@code agreement.la_reporting}). */
    public record LaReporting(
            @JsonProperty("$path") String path,
            Boolean quarterly,
            Boolean annual) {}

    /** The pooled fund (plan-format 2.17, {@code pooled_fund}). */
    public record PooledFund(
            @JsonProperty("$path") String path,
            String hostPartner,
            PoolManager poolManager,
            Boolean quarterlyReports,
            Boolean annualReturn,
            String auditArrangements) {}

    /** {@code pooled_fund.pool_manager} (plan-format 2.17). */
    public record PoolManager(
            @JsonProperty("$path") String path,
            String name,
            String employer) {}

    /** A commissioner's consent for an NHS trust partner (plan-format 2.17, {@code commissioner_consents[]}). */
    public record CommissionerConsent(
            @JsonProperty("$path") String path,
            String id,
            String trust,
            String commissioner,
            LocalDate date) {}
}
