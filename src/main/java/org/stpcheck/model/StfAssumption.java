package org.stpcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** STF income the plan assumes for one organisation and year (plan-format 2.8, {@code finance.stf_assumed[]}). */
public record StfAssumption(
        @JsonProperty("$path") String path,
        String id,
        String org,
        String year,
        Double gbp) {}
