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
        return period == null ? null : monthOf(period);
    }

    /** The month a valid period speaks for (see {@link #month()}); the format check reads periods by it too. */
    public static YearMonth monthOf(String period) {
        int slash = period.indexOf('/');
        if (slash < 0) return yearMonth(period);
        return YearMonth.of(Integer.parseInt(period.substring(0, slash)) + 1, 3);
    }

    /**
     * "2017-09" read by hand (rules ask for a row's month many times per plan, and the formatter's
     * parse was 1 % of a check); anything else, or a month out of range, goes to
     * {@link YearMonth#parse}, which says what is wrong with it.
     */
    private static YearMonth yearMonth(String p) {
        if (p.length() == 7 && p.charAt(4) == '-' && digits(p, 0, 4) && digits(p, 5, 7)) {
            int m = (p.charAt(5) - '0') * 10 + (p.charAt(6) - '0');
            if (m >= 1 && m <= 12) return YearMonth.of(Integer.parseInt(p, 0, 4, 10), m);
        }
        return YearMonth.parse(p);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
}
