package org.stpcheck.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A document the facts are taken from, the target of {@code evidence_refs} (plan-format 2.2, {@code plan.sources[]}). */
public record Source(
        @JsonProperty("$path") String path,
        String id,
        String title,
        String url,
        LocalDate date,
        String publisher,
        // how far the source can be relied on: high, medium or low (docs/plan-format-extensions.md)
        String confidence) {}
