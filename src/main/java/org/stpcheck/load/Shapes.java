package org.stpcheck.load;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.stpcheck.load.Shape.Field;
import org.stpcheck.load.Shape.IdKind;
import org.stpcheck.load.Shape.ListOf;
import org.stpcheck.load.Shape.Obj;
import org.stpcheck.load.Shape.Scalar;
import org.stpcheck.load.Shape.Type;

/** A small vocabulary for writing {@link PlanFormat} the way plan-format.md section 2 reads. */
public final class Shapes {
    private Shapes() {}

    public static Field req(String key, Shape shape) { return new Field(key, shape, true); }
    public static Field opt(String key, Shape shape) { return new Field(key, shape, false); }

    public static Obj obj(Field... fields) { return new Obj(List.of(fields), null); }

    /** A list of objects that each carry a required {@code id} (plan-format 1.4). */
    public static ListOf items(IdKind kind, Field... fields) {
        Field[] all = new Field[fields.length + 1];
        all[0] = req("id", id());
        System.arraycopy(fields, 0, all, 1, fields.length);
        return new ListOf(new Obj(List.of(all), kind), false);
    }

    /** A list of objects keyed by a value instead of an id (system_control_total, parties). */
    public static ListOf keyedRows(Field... fields) { return new ListOf(new Obj(List.of(fields), null), false); }

    /** A list of scalars; references, enums, codes and integers may not repeat (plan-format 1.2). */
    public static ListOf list(Scalar item) {
        boolean distinct = switch (item.type()) {
            case REF, ENUM, CODE, INTEGER -> true;
            default -> false;
        };
        return new ListOf(item, distinct);
    }

    /** A series of {period, value} rows (plan-format 1.6). */
    public static ListOf series(Scalar value) {
        return new ListOf(obj(req("period", scalar(Type.PERIOD)), req("value", value)), false);
    }

    /**
     * Any date, financial year or period of a plan falls from 1900 to 2100: wide enough for every
     * source a plan cites and any agreement's end, narrow enough to catch a mistyped year (0017).
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** £1 trillion: more than the UK's whole public spending, so no true figure of a plan is near it. */
    public static final double MAX_GBP = 1e12;

    public static Scalar scalar(Type t) {
        Scalar s = new Scalar(t, List.of(), null, null, null, null, null, null, null);
        return switch (t) {
            case DATE, FY, PERIOD -> s.between(EARLIEST, LATEST);
            default -> s;
        };
    }
    public static Scalar str() { return scalar(Type.STRING); }
    /**
     * Integers and numbers have no natural range: each key states its own, with these or with
     * {@code withMin}/{@code withMax} (a test fails for a number of the format without both).
     */
    public static Scalar integer(long min, long max) { return integer().withMin(min).withMax(max); }
    public static Scalar number(double min, double max) { return number().withMin(min).withMax(max); }
    public static Scalar integer() { return scalar(Type.INTEGER); }
    public static Scalar number() { return scalar(Type.NUMBER); }
    public static Scalar bool() { return scalar(Type.BOOLEAN); }
    public static Scalar tri() { return scalar(Type.TRI); }
    public static Scalar date() { return scalar(Type.DATE); }
    public static Scalar fy() { return scalar(Type.FY); }
    public static Scalar url() { return scalar(Type.URL); }
    public static Scalar id() { return scalar(Type.ID); }
    public static Scalar code() { return scalar(Type.CODE); }
    public static Scalar one() { return scalar(Type.CONST_ONE); }
    /** Money, £0 to £1 trillion. */
    public static Scalar gbp() { return number(0, MAX_GBP); }
    /** Money that may be negative, within £1 trillion either way. */
    public static Scalar gbpSigned() { return number(-MAX_GBP, MAX_GBP); }
    /** A percentage, 0 to 100. */
    public static Scalar pct() { return number(0, 100); }
    public static Scalar oneOf(String... values) {
        return new Scalar(Type.ENUM, Arrays.asList(values), null, null, null, null, null, null, null);
    }
    /** A reference to an id of the given kind: org, ccg, la, commissioner, trust, source, s75, activity. */
    public static Scalar ref(String kind) { return new Scalar(Type.REF, List.of(), kind, null, null, null, null, null, null); }
    /** A string that must match a pattern; {@code what} is said in the error. */
    public static Scalar matching(String regex, String what) { return str().withPattern(regex, what); }
}
