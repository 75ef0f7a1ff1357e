package org.stpcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Control total moved from one organisation to another (plan-format 2.8, {@code finance.control_total_adjustments[]}). */
public record ControlTotalAdjustment(
        @JsonProperty("$path") String path,
        String id,
        String fromOrg,
        String toOrg,
        String year,
        Double amountGbp,
        Boolean approvedByNhseNhsi) {}
