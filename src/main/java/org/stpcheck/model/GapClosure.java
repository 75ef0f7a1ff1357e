package org.stpcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A measure that closes the 2020/21 financial gap (plan-format 2.8, {@code finance.gap_closure[]}). */
public record GapClosure(
        @JsonProperty("$path") String path,
        String id,
        String measure,
        String category,
        Double valueGbp,
        String year) {}
