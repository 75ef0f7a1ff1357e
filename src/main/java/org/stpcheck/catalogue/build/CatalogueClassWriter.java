package org.stpcheck.catalogue.build;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.RuleSource;

/**
 * Build step (Maven process-classes): turns the catalogue into a class of literals, so that the jar
 * builds it at start-up without parsing JSON (issue 12; a cold catalogue parse cost 80-130 ms on
 * the critical path, the generated class 5-17 ms). Every value is read through the records'
 * components, whatever fields {@code requirement.yaml} and {@code config.yaml} grow; a type this
 * writer cannot express fails the build by name.
 */
public final class CatalogueClassWriter {
    public static final String CLASS = "org.stpcheck.catalogue.BuiltCatalogue";

    private CatalogueClassWriter() {}

    /** Arguments: the rules directory, the classes directory to compile into, a directory for the source. */
    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Path sources = Path.of(args[2]);
        Catalogue catalogue = Catalogue.load(RuleSource.directory(rules));
        GeneratedClass.write(CLASS, source(catalogue), sources, classes, classes.toString(), "catalogue");
        System.out.println("stpcheck: wrote the catalogue (" + catalogue.size() + " requirements) as " + CLASS);
    }

    /** The Java source of the catalogue's class. */
    public static String source(Catalogue catalogue) {
        StringJoiner reqs = new StringJoiner(",\n                ");
        catalogue.requirements().forEach(r -> reqs.add(literal(r)));
        return """
                package org.stpcheck.catalogue;

                /** Generated at build time by CatalogueClassWriter from rules/: do not edit. */
                final class BuiltCatalogue implements java.util.function.Supplier<Catalogue> {
                    @Override
                    public Catalogue get() {
                        return Catalogue.of(java.util.List.of(
                                %s),
                            %s);
                    }

                    @SuppressWarnings("unchecked")
                    private static <K, V> java.util.Map<K, V> ordered(Object[] keysAndValues) {
                        java.util.Map<K, V> m = new java.util.LinkedHashMap<>();
                        for (int i = 0; i < keysAndValues.length; i += 2) m.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);
                        return java.util.Collections.unmodifiableMap(m);
                    }
                }
                """.formatted(reqs, literal(catalogue.config()));
    }

    /** A Java expression that rebuilds {@code v}: records through their canonical constructors. */
    public static String literal(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) return stringLiteral(s);
        if (v instanceof Boolean || v instanceof Integer) return v.toString();
        if (v instanceof Long l) return l + "L";
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) throw new IllegalArgumentException("cannot write the number " + d);
            return d + "d";
        }
        if (v instanceof Enum<?> e) return e.getDeclaringClass().getCanonicalName() + "." + e.name();
        if (v instanceof LocalDate d) return "java.time.LocalDate.of(" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + ")";
        if (v instanceof YearMonth m) return "java.time.YearMonth.of(" + m.getYear() + ", " + m.getMonthValue() + ")";
        if (v instanceof List<?> l) return join("java.util.List.of(", l, ")");
        if (v instanceof Set<?> s) return join("java.util.Set.of(", s, ")");
        if (v instanceof Map<?, ?> m) {
            // in the map's own iteration order, which a lookup table built as a TreeMap keeps sorted
            // keys and values as one flat array: a generic call per entry makes javac's inference crawl
            StringJoiner j = new StringJoiner(", ", "ordered(new Object[] {", "})");
            for (Map.Entry<?, ?> e : m.entrySet()) j.add(literal(e.getKey())).add(literal(e.getValue()));
            return m.isEmpty() ? "java.util.Map.of()" : j.toString();
        }
        if (v instanceof Record r) {
            StringJoiner j = new StringJoiner(", ", "new " + r.getClass().getCanonicalName() + "(", ")");
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    j.add(literal(c.getAccessor().invoke(r)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + r.getClass().getSimpleName() + "." + c.getName(), e);
                }
            }
            return j.toString();
        }
        throw new IllegalArgumentException("the catalogue writer cannot express a " + v.getClass().getName() + " (" + v + "): teach CatalogueClassWriter.literal");
    }

    private static String join(String open, Iterable<?> items, String close) {
        StringJoiner j = new StringJoiner(", ", open, close);
        for (Object o : items) j.add(literal(o));
        return j.toString();
    }

    private static String stringLiteral(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
