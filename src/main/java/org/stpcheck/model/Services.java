package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Service programmes: primary care, mental health, seven-day services and the rest (plan-format 2.11). */
public record Services(
        @JsonProperty("$path") String path,
        PrimaryCare primaryCare,
        MentalHealth mentalHealth,
        SevenDay sevenDay,
        Prevention prevention,
        Cancer cancer,
        Uec uec,
        Digital digital,
        Workforce workforce,
        Estates estates) {

    /** The general practice plan (plan-format 2.11, {@code services.primary_care}). */
    public record PrimaryCare(
            @JsonProperty("$path") String path,
            Boolean planPresent,
            List<String> workforceActions,
            Double estateInvestmentGbp) {}

    /** {@code services.mental_health} (plan-format 2.11). */
    public record MentalHealth(
            @JsonProperty("$path") String path,
            Boolean sectionPresent,
            List<SeriesRow> investmentGbp) {}

    /** Seven-day hospital services standards (plan-format 2.11, {@code services.seven_day}). */
    public record SevenDay(
            @JsonProperty("$path") String path,
            List<Integer> priorityStandards,
            List<SeriesRow> coveragePct) {}

    /** Prevention and public health (plan-format 2.11, {@code services.prevention}). */
    public record Prevention(
            @JsonProperty("$path") String path,
            List<String> actions,
            List<String> laPublicHealthPartner) {}

    /** Cancer programme actions beyond the trajectories (plan-format 2.11, {@code services.cancer}). */
    public record Cancer(
            @JsonProperty("$path") String path,
            List<String> actions) {}

    /** Urgent and emergency care redesign (plan-format 2.11, {@code services.uec}). */
    public record Uec(
            @JsonProperty("$path") String path,
            List<String> actions) {}

    /** Local Digital Roadmaps and shared records (plan-format 2.11, {@code services.digital}). */
    public record Digital(
            @JsonProperty("$path") String path,
            List<String> ldrIds,
            Boolean ldrAlignedWithStp,
            @JsonProperty("paper_free_2020_plan") Boolean paperFree2020Plan,
            List<String> sharedRecord) {}

    /** {@code services.workforce} (plan-format 2.11). */
    public record Workforce(
            @JsonProperty("$path") String path,
            Boolean planPresent,
            Boolean agencyWithinCap,
            Double outOfHospitalShiftFte,
            Boolean transfersPlanned) {}

    /** {@code services.estates} (plan-format 2.11). */
    public record Estates(
            @JsonProperty("$path") String path,
            Boolean strategyPresent,
            Double surplusDisposalsGbp,
            List<CapitalBid> capitalBids) {}

    /** {@code services.estates.capital_bids[]} (plan-format 2.11). */
    public record CapitalBid(
            @JsonProperty("$path") String path,
            String id,
            String description,
            Double valueGbp,
            String year) {}
}
