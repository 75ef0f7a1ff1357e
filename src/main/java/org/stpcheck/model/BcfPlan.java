package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Better Care Fund plan of one HWB area (plan-format 2.18, {@code bcf[]}). */
public record BcfPlan(
        @JsonProperty("$path") String path,
        String id,
        String hwbArea,
        String year,
        Double ccgMinRequiredGbp,
        Double ccgContributionGbp,
        String s75AgreementId,
        // organisation ids, or the reserved word "hwb" for this area's HWB
        List<String> signedOffBy,
        Boolean dfgIncluded,
        Boolean ibcfIncluded,
        Double nc2SocialCareGbp,
        Double nc2RequiredGbp,
        Double nc3OohGbp,
        Double nc3RequiredGbp,
        Boolean nc4HicmPlan,
        String dtocMetric) {}
