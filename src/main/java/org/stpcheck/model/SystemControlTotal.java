package org.stpcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The STP system control total for one year, keyed by year (plan-format 2.8, {@code finance.system_control_total[]}). */
public record SystemControlTotal(
        @JsonProperty("$path") String path,
        String year,
        Double valueGbp) {}
