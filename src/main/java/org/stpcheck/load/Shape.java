package org.stpcheck.load;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of one node of a plan file, as plan-format.md section 2 describes it. {@link PlanFormat}
 * builds the whole tree of shapes; the loader enforces it and {@link JsonSchemaWriter} publishes it,
 * so the format has one definition.
 */
public sealed interface Shape permits Shape.Obj, Shape.ListOf, Shape.Scalar {

    /** A key of a mapping. */
    record Field(String key, Shape shape, boolean required) {}

    /**
     * A mapping with a fixed set of keys. {@code idKind} is non-null for list items that carry an
     * {@code id}: it names what the id denotes (see {@link IdKind}).
     */
    record Obj(List<Field> fields, IdKind idKind, Map<String, Field> byKey) implements Shape {
        public Obj(List<Field> fields, IdKind idKind) {
            this(fields, idKind, index(fields));
        }

        /** The field named {@code key}, or null: looked up for every key of every plan, so by hash, not by scan. */
        public Field field(String key) {
            return byKey.get(key);
        }

        private static Map<String, Field> index(List<Field> fields) {
            Map<String, Field> m = new HashMap<>();
            for (Field f : fields) m.putIfAbsent(f.key(), f);   // the first of a name wins, as a scan would find it
            return Collections.unmodifiableMap(m);
        }
    }

    /** A sequence; {@code distinct} forbids the same value twice (format 1.2). */
    record ListOf(Shape item, boolean distinct) implements Shape {}

    /**
     * A scalar. {@code values} lists an enum's values; {@code refKind} names a reference's target
     * kind; {@code min}/{@code max} bound numbers; {@code pattern} constrains strings;
     * {@code earliest}/{@code latest} bound dates, and the first days of financial years and periods.
     */
    record Scalar(Type type, List<String> values, String refKind, Double min, Double max, String pattern,
                  String description, LocalDate earliest, LocalDate latest) implements Shape {
        public Scalar withPattern(String p, String what) { return new Scalar(type, values, refKind, min, max, p, what, earliest, latest); }
        public Scalar withMin(double m) { return new Scalar(type, values, refKind, m, max, pattern, description, earliest, latest); }
        public Scalar withMax(double m) { return new Scalar(type, values, refKind, min, m, pattern, description, earliest, latest); }
        public Scalar between(LocalDate from, LocalDate to) { return new Scalar(type, values, refKind, min, max, pattern, description, from, to); }
    }

    /** Scalar types of plan-format 1.2. */
    enum Type { STRING, INTEGER, NUMBER, BOOLEAN, TRI, DATE, FY, PERIOD, URL, ID, CODE, ENUM, REF, CONST_ONE }

    /** What an item's id denotes, for references (plan-format 1.4). */
    enum IdKind {
        /** an organisation whose kind is fixed by its list (ccgs: ccg, local_authorities: local_authority) */
        CCG, LOCAL_AUTHORITY,
        /** an organisation whose kind is its {@code type} value (providers, other_bodies) */
        ORG_BY_TYPE,
        SOURCE, S75, ACTIVITY,
        /** any other item: its id is unique but no reference kind points to it */
        ITEM
    }
}
