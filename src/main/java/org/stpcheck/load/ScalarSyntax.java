package org.stpcheck.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the format's scalar values are written (plan-format 1.2): integers, numbers, dates, financial
 * years, months, ids and function codes, and how YAML 1.2's core schema reads a plain scalar.
 * {@link FormatChecker} says what is wrong with a value; this says only whether it is written right.
 */
final class ScalarSyntax {
    private static final Pattern INT = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern NUM = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern FY = Pattern.compile("([0-9]{4})/([0-9]{2})");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-(0[1-9]|1[0-2])");
    /** An id's syntax, which the loader, the source keys ({@link Provenance}) and the JSON Schema all use. */
    static final String ID_SYNTAX = "[a-z][a-z0-9_-]{0,63}";
    /** A function code's syntax, for the loader and the JSON Schema. */
    static final String CODE_SYNTAX = "[a-z][a-z0-9_]*";
    private static final Pattern ID = Pattern.compile(ID_SYNTAX);
    private static final Pattern CODE = Pattern.compile(CODE_SYNTAX);
    /** What YAML 1.2's core schema reads as a number: decimal, octal, hexadecimal, infinity and not-a-number. */
    private static final Pattern YAML_NUMBER = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private ScalarSyntax() {}

    /** {@code -12}, {@code 0}: no leading zeros, no plus sign. */
    static boolean isInteger(String t) { return INT.matcher(t).matches(); }

    /** An integer, or one with a decimal point and digits after it: no exponent, £, commas or units. */
    static boolean isNumber(String t) { return NUM.matcher(t).matches(); }

    /** A month, {@code 2017-09}. */
    static boolean isMonth(String t) { return MONTH.matcher(t).matches(); }

    /**
     * An id: lower-case letters, digits, {@code _} and {@code -}, starting with a letter, at most 64.
     * Read char by char, not by {@link #ID_SYNTAX}'s pattern: every id and reference of a plan is asked
     * about, and the pattern took 1 % of a warm check (issue 12); {@code ScalarSyntaxTest} holds the two
     * to the same answers.
     */
    static boolean isId(String t) {
        int n = t.length();
        if (n == 0 || n > 64 || t.charAt(0) < 'a' || t.charAt(0) > 'z') return false;
        for (int i = 1; i < n; i++) {
            char c = t.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) return false;
        }
        return true;
    }

    /** {@link #isId} by the pattern the JSON Schema gives (tests). */
    static boolean matchesIdSyntax(String t) { return ID.matcher(t).matches(); }

    /** A function code such as {@code nhs_act_2006_s75}. */
    static boolean isCode(String t) { return CODE.matcher(t).matches(); }

    /** How YAML 1.2's core schema reads a plain scalar: "number", "boolean" or "text". */
    static String plainKind(String t) {
        if (t.equals("true") || t.equals("false") || t.equals("True") || t.equals("TRUE") || t.equals("False") || t.equals("FALSE")) return "boolean";
        // every form of YAML_NUMBER starts with a digit, a sign or a point: most text is settled by its first character
        char first = t.charAt(0);
        boolean mayBeNumber = (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
        if (mayBeNumber && YAML_NUMBER.matcher(t).matches()) return "number";
        return "text";
    }

    /** A date written {@code YYYY-MM-DD} that exists, or null. */
    static LocalDate parseDate(String t) {
        Matcher m = DATE.matcher(t);
        if (!m.matches()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException ex) {
            return null;
        }
    }

    /** A financial year such as {@code 2017/18}, its second year the first's next. */
    static boolean validFy(String t) {
        Matcher m = FY.matcher(t);
        return m.matches() && Integer.parseInt(m.group(2)) == (Integer.parseInt(m.group(1)) + 1) % 100;
    }

    /** The first day of a financial year written right ({@code 2017/18} → 2017-04-01). */
    static LocalDate fyStart(String fy) {
        return LocalDate.of(Integer.parseInt(fy.substring(0, 4)), 4, 1);
    }
}
