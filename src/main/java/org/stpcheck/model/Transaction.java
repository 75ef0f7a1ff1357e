package org.stpcheck.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A merger, acquisition or similar transaction (plan-format 2.23, {@code transactions[]}). */
public record Transaction(
        @JsonProperty("$path") String path,
        String id,
        String type,
        String description,
        List<TransactionParty> parties,
        List<String> overlappingServices,
        Double shareOfSupplyPct,
        LocalDate publicDate,
        LocalDate completionDate,
        Boolean cmaNotified,
        Boolean nhsiEngaged,
        String patientBenefitsCase) {

    /** A party, keyed by its organisation rather than an id (plan-format 2.23, {@code parties[]}). */
    public record TransactionParty(
            @JsonProperty("$path") String path,
            String org,
            String role,
            Double ukTurnoverGbp) {}
}
