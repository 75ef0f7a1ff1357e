package org.stpcheck.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.stpcheck.catalogue.Severity;

/**
 * One thing a rule found about one plan: its outcome and severity, a message for the plan author,
 * the YAML path it concerns and the facts that triggered it. {@code evidence} marks findings that
 * only record what satisfied a check (or why it does not apply): reports show them with
 * {@code --explain}. {@code rule} and {@code matched} say which DRL rule fired on which facts.
 */
public record Finding(
        String requirement,
        Outcome outcome,
        Severity severity,
        String message,
        String path,
        Map<String, Object> facts,
        boolean evidence,
        String rule,
        List<String> matched) {

    public Finding {
        // a caller's map is copied so the finding stays immutable; the sink's own FactMap already is,
        // and is taken as it is (a finding is made for every rule that reports, so this is on the warm path)
        facts = facts == null ? Map.of() : facts instanceof FactMap ? facts : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        matched = matched == null ? List.of() : List.copyOf(matched);
    }

    /**
     * The facts of a finding as {@link FindingSink} makes them: in the order the rule gave them, null
     * values allowed (unlike {@link Map#of}), immutable, built once from the rule's key/value pairs.
     * Package-private and final, so nothing outside the engine can make one and change it after.
     */
    static final class FactMap extends AbstractMap<String, Object> {
        static final FactMap EMPTY = new FactMap(new String[0], new Object[0]);

        private final String[] keys;
        private final Object[] values;

        /** Takes the arrays as they are: the caller hands them over and keeps no reference. Keys are distinct. */
        FactMap(String[] keys, Object[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override public int size() { return keys.length; }

        @Override public boolean containsKey(Object key) { return indexOf(key) >= 0; }

        @Override public Object get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : values[i];
        }

        /** A finding holds a handful of facts: a scan beats hashing. */
        private int indexOf(Object key) {
            for (int i = 0; i < keys.length; i++) if (keys[i].equals(key)) return i;
            return -1;
        }

        @Override public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override public int size() { return keys.length; }

                @Override public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override public boolean hasNext() { return next < keys.length; }

                        @Override public Entry<String, Object> next() {
                            if (next >= keys.length) throw new NoSuchElementException();
                            int i = next++;
                            return new SimpleImmutableEntry<>(keys[i], values[i]);
                        }
                    };
                }
            };
        }
    }
}
