package org.stpcheck.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code plan} section: identity, as-of date and sources (plan-format 2.2). */
public record PlanInfo(
        @JsonProperty("$path") String path,
        String id,
        String name,
        LocalDate asOf,
        String version,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<Source> sources) {}
