package org.stpcheck.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A procurement or contract award (plan-format 2.19, {@code procurements[]}). */
public record Procurement(
        @JsonProperty("$path") String path,
        String id,
        String service,
        String commissioner,
        Double valueGbp,
        LocalDate startDate,
        String route,
        String routeRationale,
        String onlyCapableProviderJustification,
        List<String> justificationGrounds,
        String marketTestingEvidence,
        List<String> bidders,
        Boolean ojeuNotice,
        String pcrReg32Ground,
        Boolean recordKept,
        Boolean ownershipPreferenceStated,
        List<Conflict> conflicts) {

    /** A declared conflict of interest (plan-format 2.19, {@code conflicts[]}). */
    public record Conflict(
            @JsonProperty("$path") String path,
            String id,
            String person,
            String interest,
            String interestIn,
            String managedHow) {}
}
