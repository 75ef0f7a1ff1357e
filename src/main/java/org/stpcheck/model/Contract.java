package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A contract that matters to the plan (plan-format 2.20, {@code contracts[]}). */
public record Contract(
        @JsonProperty("$path") String path,
        String id,
        String name,
        String type,
        List<String> parties,
        String choicePreservedMechanism,
        Boolean coversAcsServices) {}
