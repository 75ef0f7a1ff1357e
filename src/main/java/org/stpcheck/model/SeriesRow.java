package org.stpcheck.model;

import java.time.YearMonth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One {period, value} row of a series (plan-format 1.6). */
public record SeriesRow(@JsonProperty("$path") String path, String period, Double value) {

    /**
     * The month the row speaks for: a month period is itself, a financial year is the March that
     * ends it ("2017/18" is 2018-03), because a year row gives the position at the year's end.
     */
    public YearMonth month() {
        if (period == null) return null;
        int slash = period.indexOf('/');
        if (slash < 0) return YearMonth.parse(period);
        return YearMonth.of(Integer.parseInt(period.substring(0, slash)) + 1, 3);
    }
}
