package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A measure taken under the capped expenditure process (plan-format 2.8, {@code finance.cep_actions[]}). */
public record CepAction(
        @JsonProperty("$path") String path,
        String id,
        String type,
        String description,
        List<String> affectedProviders,
        Boolean breachesConstitutionStandard) {}
