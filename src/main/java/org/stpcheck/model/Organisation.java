package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An organisation from any of the four organisation lists of {@code members} (plan-format 2.4). */
public record Organisation(
        @JsonProperty("$path") String path,
        // injected by the loader: a CCG's or a council's kind comes from its list, not from a key
        @JsonProperty("$list") String listedIn,
        // one record for all four lists, so references resolve to one type; each list uses only some keys
        String id,
        String name,
        String code,
        String odsCode,
        String type,
        List<String> services,
        String tier,
        Boolean socialCareAuthority) {

    /** The organisation's kind, which reference kinds and rules test (plan-format 1.4). */
    public String kind() {
        if ("ccgs".equals(listedIn)) return "ccg";
        if ("local_authorities".equals(listedIn)) return "local_authority";
        return type;
    }

    /** Whether it is a constituent member of the footprint; {@code other_bodies} never are (PG-01, PG-27). */
    public boolean member() {
        return listedIn != null && !"other_bodies".equals(listedIn);
    }
}
