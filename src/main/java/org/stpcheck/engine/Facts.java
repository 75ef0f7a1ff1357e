package org.stpcheck.engine;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a bound plan into Drools facts: the plan record itself and every record inside it
 * (sections, list items, nested objects), each a fact of its own so a rule can match
 * {@code Reconfiguration(...)} or {@code S75Agreement(...)} directly. A section the file leaves out
 * is simply not there, which is how {@code not Governance()} reads "absent".
 */
final class Facts {
    // reflection metadata per record type, held by the engine that owns this instance
    private final Map<Class<?>, RecordComponent[]> components = new ConcurrentHashMap<>();
    private final Map<Class<?>, Method[]> idAndPath = new ConcurrentHashMap<>();

    List<Object> of(Object plan) {
        List<Object> out = new ArrayList<>();
        collect(plan, out);
        return out;
    }

    private void collect(Object o, List<Object> out) {
        if (o == null) return;
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
        Method[] m = idAndPath.computeIfAbsent(o.getClass(), c -> new Method[] {accessor(c, "id"), accessor(c, "path")});
        String id = call(o, m[0]);
        String path = call(o, m[1]);
        StringBuilder b = new StringBuilder(o.getClass().getSimpleName());
        if (id != null) b.append(' ').append(id);
        if (path != null && !path.isEmpty()) b.append(" at ").append(path);
        return b.toString();
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
