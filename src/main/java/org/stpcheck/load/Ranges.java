package org.stpcheck.load;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.stpcheck.load.Shape.Scalar;

/**
 * The ranges of numbers and dates ({@link Scalar#min()}, {@link Scalar#earliest()} ...), and how an
 * error names them: in the scalar's own terms, so that a user reads "financial years 1900/01 to
 * 2100/01", not two dates.
 */
final class Ranges {
    /** Digits before the point beyond which a number is out of every range and is not parsed. */
    static final int MAX_DIGITS = 15;

    private Ranges() {}

    /**
     * Null if the number written {@code t} lies in the scalar's range, or else the error. Its digits
     * are counted before it is parsed: a number with more than 15 digits before the point is beyond
     * every range of the format (and beyond what a double holds exactly), so a 400-digit number is
     * refused, not parsed. A key without a stated range still gets ±10^15, so nothing unbounded
     * reaches the model.
     */
    static String numberProblem(String t, Scalar s) {
        boolean negative = t.startsWith("-");
        int point = t.indexOf('.');
        int digits = (point < 0 ? t.length() : point) - (negative ? 1 : 0);
        double v = digits > MAX_DIGITS ? (negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : Double.parseDouble(t);
        double min = s.min() != null ? s.min() : -1e15;
        double max = s.max() != null ? s.max() : 1e15;
        String allowed = " (allowed: " + number(min) + " to " + number(max) + ")";
        if (v < min) return Quote.shown(t) + " is below the minimum " + number(min) + allowed;
        if (v > max) return Quote.shown(t) + " is above the maximum " + number(max) + allowed;
        return null;
    }

    /** Null if a date (or the first day of a financial year or period) lies in the scalar's range, or else the error. */
    static String dateProblem(String text, LocalDate first, Scalar s) {
        if ((s.earliest() == null || !first.isBefore(s.earliest())) && (s.latest() == null || !first.isAfter(s.latest()))) return null;
        return Quote.quoted(text) + " is outside the allowed range, " + dateRange(s);
    }

    /** The allowed range in the scalar's own terms: dates, financial years or months. */
    static String dateRange(Scalar s) {
        LocalDate from = s.earliest();
        LocalDate to = s.latest();
        return switch (s.type()) {
            case FY -> "financial years " + fyName(firstFy(s)) + " to " + fyName(lastFy(s));
            case PERIOD -> {
                YearMonth a = YearMonth.from(from).plusMonths(from.getDayOfMonth() > 1 ? 1 : 0);
                yield "months " + a + " to " + YearMonth.from(to) + " (a financial year by the month it starts)";
            }
            default -> from + " to " + to;
        };
    }

    /** The first year a financial year may start in: its 1 April is in range. */
    static int firstFy(Scalar s) {
        LocalDate from = s.earliest();
        return from.getYear() + (from.isAfter(LocalDate.of(from.getYear(), 4, 1)) ? 1 : 0);
    }

    /** The last year a financial year may start in. */
    static int lastFy(Scalar s) {
        LocalDate to = s.latest();
        return to.getYear() - (to.isBefore(LocalDate.of(to.getYear(), 4, 1)) ? 1 : 0);
    }

    private static String fyName(int startYear) { return startYear + "/" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100); }

    private static String number(double d) { return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d); }
}
