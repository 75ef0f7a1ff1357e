package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Engagement with the public, clinicians and staff (plan-format 2.26). */
public record Engagement(
        @JsonProperty("$path") String path,
        Boolean planPresent,
        List<EngagementActivity> activities,
        Clinical clinical,
        Staff staff,
        String publicAwarenessMeasure,
        String dataSharingCommunications,
        Boolean evidenceCommunicated) {

    /** {@code engagement.clinical} (plan-format 2.26). */
    public record Clinical(
            @JsonProperty("$path") String path,
            Boolean consultantsEngaged,
            Boolean gpsEngaged,
            Boolean lmcEngaged,
            List<String> methods,
            List<String> clinicalLeads) {}

    /** {@code engagement.staff} (plan-format 2.26). */
    public record Staff(
            @JsonProperty("$path") String path,
            List<String> unionsEngaged,
            Boolean lncEngaged) {}
}
