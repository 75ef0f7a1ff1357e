package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Referral management and capped providers, as they bear on patient choice (plan-format 2.25). */
public record Choice(
        @JsonProperty("$path") String path,
        List<ReferralScheme> referralManagementSchemes,
        List<String> cappedProviders) {}
