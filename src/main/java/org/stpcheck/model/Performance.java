package org.stpcheck.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Access-standard trajectories, each a series of percentages (plan-format 2.10). */
public record Performance(
        @JsonProperty("$path") String path,
        @JsonProperty("ae_4hr_pct") List<SeriesRow> ae4hrPct,
        @JsonProperty("amb_cat_a_8min_pct") List<SeriesRow> ambCatA8minPct,
        @JsonProperty("rtt_18wk_pct") List<SeriesRow> rtt18wkPct,
        @JsonProperty("cancer_62d_pct") List<SeriesRow> cancer62dPct,
        @JsonProperty("cancer_2ww_pct") List<SeriesRow> cancer2wwPct,
        @JsonProperty("cancer_31d_pct") List<SeriesRow> cancer31dPct,
        @JsonProperty("eip_2wk_pct") List<SeriesRow> eip2wkPct,
        @JsonProperty("iapt_6wk_pct") List<SeriesRow> iapt6wkPct,
        @JsonProperty("iapt_18wk_pct") List<SeriesRow> iapt18wkPct,
        List<SeriesRow> dementiaDxRate,
        List<SeriesRow> dtocPct) {}
