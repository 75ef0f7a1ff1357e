package org.stpcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A referral management scheme (plan-format 2.25, {@code choice.referral_management_schemes[]}). */
public record ReferralScheme(
        @JsonProperty("$path") String path,
        String id,
        String name,
        Boolean restrictsProviderChoice,
        String exemptCategory) {}
