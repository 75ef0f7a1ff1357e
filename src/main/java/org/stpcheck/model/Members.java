package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The footprint's constituent bodies and the other bodies the plan refers to (plan-format 2.4). */
public record Members(
        @JsonProperty("$path") String path,
        List<Organisation> ccgs,
        List<Organisation> providers,
        List<Organisation> localAuthorities,
        List<PrimaryCareRepresentative> primaryCareRepresentation,
        List<Organisation> otherBodies) {

    /** Who represents primary care; not an organisation, so no reference names it (plan-format 2.4). */
    public record PrimaryCareRepresentative(
            @JsonProperty("$path") String path,
            String id,
            String name,
            String kind) {}
}
