package org.stpcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which services the plan covers (plan-format 2.7). */
public record Scope(
        @JsonProperty("$path") String path,
        Boolean ccgCommissioned,
        Boolean primaryMedicalCare,
        Boolean specialised,
        Boolean socialCare,
        Boolean publicHealth) {}
