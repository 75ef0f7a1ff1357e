package org.stpcheck.engine;

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
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private Facts() {}

    static List<Object> of(Object plan) {
        List<Object> out = new ArrayList<>();
        collect(plan, out);
        return out;
    }

    private static void collect(Object o, List<Object> out) {
        if (o == null) return;
        if (o instanceof List<?> list) {
            for (Object item : list) collect(item, out);
            return;
        }
        if (!o.getClass().isRecord()) return;
        out.add(o);
        for (RecordComponent c : COMPONENTS.computeIfAbsent(o.getClass(), Class::getRecordComponents)) {
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
}
