package org.stpcheck.engine.build;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.stpcheck.catalogue.build.GeneratedClass;

/**
 * Build step (Maven process-classes): writes {@code engine.BuiltFacts}, the plain-code form of what
 * {@code engine.Facts} does by reflection for the model's records: list a plan's records as facts
 * (the record, then its components in order, depth first) and name a matched fact in words. Issue
 * 12: reflection per fact and per finding costs on the warm path, and on Java 25 every accessor's
 * first reflective call spins method handles cold. Facts keeps the reflective way for any other
 * record, and a test compares both on every plan.
 */
public final class FactsWriter {
    public static final String CLASS = "org.stpcheck.engine.BuiltFacts";

    private FactsWriter() {}

    /** Arguments: the classes directory (holding org/stpcheck/model) to read and compile into, a directory for the source. */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Path classes = Path.of(args[0]);
        Path sources = Path.of(args[1]);
        List<Class<?>> records = new ArrayList<>();
        Path model = classes.resolve("org/stpcheck/model");
        try (Stream<Path> files = Files.walk(model)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(f).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, FactsWriter.class.getClassLoader());
                if (c.isRecord() && Modifier.isPublic(c.getModifiers())) records.add(c);
            }
        }
        GeneratedClass.write(CLASS, source(records), sources, classes, classes.toString(), "facts walker");
        System.out.println("stpcheck: wrote the facts of " + records.size() + " model records as " + CLASS);
    }

    /** The Java source of the walker for these records. */
    public static String source(List<Class<?>> records) {
        StringBuilder index = new StringBuilder();
        StringBuilder walks = new StringBuilder();
        StringBuilder describes = new StringBuilder();
        StringBuilder methods = new StringBuilder();
        for (int i = 0; i < records.size(); i++) {
            Class<?> r = records.get(i);
            String type = r.getCanonicalName();
            index.append("        m.put(").append(type).append(".class, ").append(i).append(");\n");
            walks.append("            case ").append(i).append(" -> ").append(method(r)).append("((").append(type).append(") o, out);\n");
            describes.append("            case ").append(i).append(" -> Facts.words(\"").append(r.getSimpleName()).append("\", ")
                    .append(word(r, "id")).append(", ").append(word(r, "path")).append(");\n");
            StringBuilder body = new StringBuilder("        out.add(r);\n");
            for (RecordComponent c : r.getRecordComponents()) {
                Type t = c.getGenericType();
                if (t instanceof Class<?> k && k.isRecord()) {
                    body.append("        if (r.").append(c.getName()).append("() != null) ").append(method(k)).append("(r.").append(c.getName()).append("(), out);\n");
                } else if (List.class.isAssignableFrom(c.getType())) {
                    Type e = t instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
                    if (e instanceof Class<?> k && k.isRecord()) {
                        body.append("        if (r.").append(c.getName()).append("() != null) for (").append(k.getCanonicalName()).append(" x : r.")
                                .append(c.getName()).append("()) if (x != null) ").append(method(k)).append("(x, out);\n");
                    } else if (!(e instanceof Class<?> k && (k == String.class || Number.class.isAssignableFrom(k) || k == Boolean.class || k.getPackageName().equals("java.time")))) {
                        throw new IllegalStateException(r.getName() + "." + c.getName() + ": a list of " + e.getTypeName() + " may hold records; teach FactsWriter");
                    }
                }
            }
            methods.append("\n    private static void ").append(method(r)).append("(").append(type).append(" r, List<Object> out) {\n")
                    .append(body).append("    }\n");
        }
        return """
                package org.stpcheck.engine;

                import java.util.HashMap;
                import java.util.List;
                import java.util.Map;

                /** Generated at build time by FactsWriter from the model records: do not edit. */
                final class BuiltFacts implements Facts.Walker {
                    private static final Map<Class<?>, Integer> INDEX = index();

                    private static Map<Class<?>, Integer> index() {
                        Map<Class<?>, Integer> m = new HashMap<>();
                %s        return Map.copyOf(m);
                    }

                    @Override
                    public boolean collect(Object o, List<Object> out) {
                        Integer i = INDEX.get(o.getClass());
                        if (i == null) return false;
                        switch (i) {
                %s            default -> throw new IllegalStateException();
                        }
                        return true;
                    }

                    @Override
                    public String describe(Object o) {
                        Integer i = INDEX.get(o.getClass());
                        if (i == null) return null;
                        return switch (i) {
                %s            default -> throw new IllegalStateException();
                        };
                    }
                %s}
                """.formatted(index, walks, describes, methods);
    }

    /** What {@code Facts} reads reflectively: the public no-argument method of that name, as text. */
    private static String word(Class<?> r, String name) {
        Method m;
        try {
            m = r.getMethod(name);
        } catch (NoSuchMethodException e) {
            return "null";
        }
        if (m.getReturnType().isPrimitive()) return "String.valueOf(((" + r.getCanonicalName() + ") o)." + name + "())";
        return "Facts.text(((" + r.getCanonicalName() + ") o)." + name + "())";
    }

    private static String method(Class<?> r) {
        return "walk" + r.getName().substring("org.stpcheck.model.".length()).replace('.', '_').replace('$', '_');
    }
}
