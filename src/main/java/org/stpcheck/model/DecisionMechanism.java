package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A way decisions spanning organisations are taken (plan-format 2.5, {@code governance.decision_mechanisms[]}). */
public record DecisionMechanism(
        @JsonProperty("$path") String path,
        String id,
        String type,
        List<String> members,
        List<String> delegatedFunctions,
        String description) {}
