package org.stpcheck.engine;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.stpcheck.catalogue.BuiltClass;

/**
 * Turns a bound plan into Drools facts: the plan record itself and every record inside it
 * (sections, list items, nested objects), each a fact of its own so a rule can match
 * {@code Reconfiguration(...)} or {@code S75Agreement(...)} directly. A section the file leaves out
 * is simply not there, which is how {@code not Governance()} reads "absent".
 *
 * <p>The model's records go through {@code BuiltFacts}, written at build time by
 * {@code engine.build.FactsWriter} (no reflection per fact or per finding, issue 12); any other
 * record, and a partial build without it, through the record components by reflection, which that
 * code repeats exactly.
 */
final class Facts {
    /** The generated form of this class's reflective walk, for the model's records. */
    interface Walker {
        /** Adds {@code o} and the records inside it to {@code out}; false when {@code o} is not a model record. */
        boolean collect(Object o, List<Object> out);

        /** {@link Facts#describe} of a model record; null for any other object. */
        String describe(Object o);
    }

    private final Walker built;
    // reflection metadata per record type, held by the engine that owns this instance
    private final Map<Class<?>, RecordComponent[]> components = new ConcurrentHashMap<>();
    private final Map<Class<?>, Method[]> idAndPath = new ConcurrentHashMap<>();

    Facts() {
        this(builtWalker());
    }

    /** Facts with the given walker; {@code null} for reflection only (tests compare the two). */
    Facts(Walker built) {
        this.built = built;
    }

    /** The walker the build wrote; null in a partial build, where reflection does the same. */
    private static Walker builtWalker() {
        return BuiltClass.instance("org.stpcheck.engine.BuiltFacts", Walker.class, "generated facts walker").orElse(null);
    }

    List<Object> of(Object plan) {
        List<Object> out = new ArrayList<>();
        collect(plan, out);
        return out;
    }

    private void collect(Object o, List<Object> out) {
        if (o == null) return;
        if (built != null && built.collect(o, out)) return;
        if (o instanceof List<?> list) {
            for (Object item : list) collect(item, out);
            return;
        }
        if (!o.getClass().isRecord()) return;
        out.add(o);
        for (RecordComponent c : components.computeIfAbsent(o.getClass(), Class::getRecordComponents)) {
            Class<?> t = c.getType();
            if (t.isRecord() || List.class.isAssignableFrom(t)) {
                try {
                    collect(c.getAccessor().invoke(o), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** "Reconfiguration rc_acute at reconfigurations[0]": a matched fact in plain words. */
    String describe(Object o) {
        String known = built == null ? null : built.describe(o);
        if (known != null) return known;
        Method[] m = idAndPath.computeIfAbsent(o.getClass(), c -> new Method[] {accessor(c, "id"), accessor(c, "path")});
        return words(o.getClass().getSimpleName(), call(o, m[0]), call(o, m[1]));
    }

    static String words(String type, String id, String path) {
        StringBuilder b = new StringBuilder(type);
        if (id != null) b.append(' ').append(id);
        if (path != null && !path.isEmpty()) b.append(" at ").append(path);
        return b.toString();
    }

    static String text(Object v) {
        return v == null ? null : v.toString();
    }

    private static Method accessor(Class<?> c, String name) {
        try {
            return c.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String call(Object o, Method m) {
        if (m == null) return null;
        try {
            Object v = m.invoke(o);
            return v == null ? null : v.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
