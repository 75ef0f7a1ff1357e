package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the plan closes the three Five Year Forward View gaps (plan-format 2.6). */
public record Gaps(
        @JsonProperty("$path") String path,
        Gap healthWellbeing,
        Gap careQuality,
        Gap financeEfficiency) {

    /** One gap; the same keys for each of the three (plan-format 2.6, {@code gaps.<gap>}). */
    public record Gap(
            @JsonProperty("$path") String path,
            String baseline,
            List<String> interventions,
            @JsonProperty("target_2020_21") String target2020To21) {}
}
