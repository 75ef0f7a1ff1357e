package org.stpcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A service or provider being decommissioned (plan-format 2.22, {@code decommissioning[]}). */
public record Decommissioning(
        @JsonProperty("$path") String path,
        String id,
        String service,
        String incumbent,
        String replacementRoute,
        String involvementRef) {}
