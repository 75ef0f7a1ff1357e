package org.stpcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One organisation's control total for one year, + surplus / − deficit (plan-format 2.8, {@code finance.control_totals[]}). */
public record ControlTotal(
        @JsonProperty("$path") String path,
        String id,
        String org,
        String year,
        Double valueGbp,
        Boolean accepted,
        Double plannedOutturnGbp) {}
