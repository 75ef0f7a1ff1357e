package org.stpcheck.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Allocation, gap, control totals, STF and the capped expenditure process (plan-format 2.8). */
public record Finance(
        @JsonProperty("$path") String path,
        // signs as in the file: a gap is + for a shortfall, control totals and outturns + for a surplus
        @JsonProperty("allocation_2020_21_gbp") Double allocation2020To21Gbp,
        @JsonProperty("do_nothing_gap_2020_21_gbp") Double doNothingGap2020To21Gbp,
        @JsonProperty("residual_gap_2020_21_gbp") Double residualGap2020To21Gbp,
        List<GapClosure> gapClosure,
        List<ControlTotal> controlTotals,
        List<SystemControlTotal> systemControlTotal,
        List<ControlTotalAdjustment> controlTotalAdjustments,
        Boolean systemFinancialGovernanceAssured,
        List<StfAssumption> stfAssumed,
        Boolean cepArea,
        LocalDate cepRevisedPlanDate,
        List<CepAction> cepActions) {}
