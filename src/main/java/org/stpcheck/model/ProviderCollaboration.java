package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A collaboration between providers (plan-format 2.24, {@code provider_collaborations[]}). */
public record ProviderCollaboration(
        @JsonProperty("$path") String path,
        String id,
        String name,
        List<String> parties,
        String type,
        Boolean competingServices,
        Boolean sharesCommercialInfo,
        Boolean allocatesServices) {}
