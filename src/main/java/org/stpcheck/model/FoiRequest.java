package org.stpcheck.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An FOI request about the STP (plan-format 2.27, {@code transparency.foi_requests[]}). */
public record FoiRequest(
        @JsonProperty("$path") String path,
        String id,
        LocalDate date,
        String exemption,
        String outcome,
        Boolean publicInterestTestRecorded) {}
