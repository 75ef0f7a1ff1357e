package org.stpcheck.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Publication of the plan and FOI handling (plan-format 2.27). */
public record Transparency(
        @JsonProperty("$path") String path,
        Boolean published,
        LocalDate publicationDate,
        String url,
        Boolean appendicesPublished,
        Boolean financialAnnexPublished,
        List<FoiRequest> foiRequests,
        Boolean nondisclosureInstructionReceived) {}
