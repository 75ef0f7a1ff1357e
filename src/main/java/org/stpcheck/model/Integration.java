package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Integration with social care; HWBs are named by their host authority (plan-format 2.14). */
public record Integration(
        @JsonProperty("$path") String path,
        List<String> socialCareActions,
        List<String> hwbEngaged,
        List<String> bcfPlansAligned) {}
