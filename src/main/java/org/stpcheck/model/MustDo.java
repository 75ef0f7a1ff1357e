package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the plan addresses one must-do (plan-format 2.9, {@code must_dos.<key>}). */
public record MustDo(
        @JsonProperty("$path") String path,
        Boolean addressed,
        String summary,
        List<SeriesRow> trajectory) {}
