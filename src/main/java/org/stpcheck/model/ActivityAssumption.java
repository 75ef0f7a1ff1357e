package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A planned change in hospital activity (plan-format 2.12, {@code activity_assumptions[]}). */
public record ActivityAssumption(
        @JsonProperty("$path") String path,
        String id,
        String metric,
        Double changePct,
        String byYear,
        List<String> evidenceRefs,
        String description) {}
