package org.stpcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One of the footprint's priority decisions (plan-format 2.13, {@code priority_decisions[]}). */
public record PriorityDecision(
        @JsonProperty("$path") String path,
        String id,
        String title,
        String description) {}
