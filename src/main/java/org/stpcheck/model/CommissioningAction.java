package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A commissioning decision that may affect competition (plan-format 2.21, {@code commissioning_actions[]}). */
public record CommissioningAction(
        @JsonProperty("$path") String path,
        String id,
        String type,
        String description,
        List<String> affectedProviderTypes,
        String patientInterestRationale,
        Boolean ownershipPreferenceStated) {}
