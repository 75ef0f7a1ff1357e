package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A member of the partnership board (plan-format 2.5, {@code governance.board.members[]}). */
public record BoardMember(
        @JsonProperty("$path") String path,
        String id,
        String name,
        String category,
        String organisation,
        List<String> providerInterests) {}
