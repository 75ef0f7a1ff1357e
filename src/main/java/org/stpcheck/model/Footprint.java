package org.stpcheck.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The STP footprint (plan-format 2.3), plus the extension keys stp_number and dashboard_rating_july_2017. */
public record Footprint(
        @JsonProperty("$path") String path,
        String code,
        String name,
        String nhsRegion,
        Long population,
        Boolean approvedByNhse,
        List<BoundaryChange> boundaryChanges,
        Integer stpNumber,
        @JsonProperty("dashboard_rating_july_2017") String dashboardRatingJuly2017) {

    /** A nationally approved move of a CCG between footprints (plan-format 2.3, {@code footprint.boundary_changes[]}). */
    public record BoundaryChange(
            @JsonProperty("$path") String path,
            String id,
            String ccgCode,
            String otherFootprintCode,
            LocalDate approvedDate,
            String description) {}
}
