package org.stpcheck.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One engagement activity, one audience each; a target of {@code activity} references (plan-format 2.26). */
public record EngagementActivity(
        @JsonProperty("$path") String path,
        String id,
        String audience,
        String method,
        LocalDate date,
        List<String> localAuthorities) {}
