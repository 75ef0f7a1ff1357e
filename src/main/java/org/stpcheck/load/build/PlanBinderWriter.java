package org.stpcheck.load.build;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import org.stpcheck.catalogue.build.GeneratedClass;
import org.stpcheck.load.PlanFormat;
import org.stpcheck.load.Shape;
import org.stpcheck.model.Plan;

/**
 * Build step (Maven process-classes): writes the binder from the checked JSON tree to the
 * {@link Plan} records as plain code, one method per record, so that loading a plan does not build
 * Jackson's reflective deserializers (issue 12: 60 % of a cold plan load, and 60 ms for every new
 * loader even warm). Keys are named as the loader's Jackson mapper named them (snake case, or the
 * component's {@code @JsonProperty}); a key the binder meets but no component holds is an error, as
 * it was for Jackson. The writer walks {@link PlanFormat} beside the records and fails the build by
 * path when a format key has no component or a scalar type cannot hold what the format checker emits,
 * so the generated code needs no coercion beyond what it states.
 */
public final class PlanBinderWriter {
    public static final String CLASS = "org.stpcheck.load.BuiltPlanBinder";
    private static final PropertyNamingStrategies.NamingBase SNAKE = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final Set<Class<?>> records = new LinkedHashSet<>();
    private final Set<Class<?>> listsOfRecords = new LinkedHashSet<>();

    private PlanBinderWriter() {}

    /** Arguments: the classes directory to compile into, a directory for the source. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path sources = Path.of(args[1]);
        GeneratedClass.write(CLASS, source(), sources, classes, classPath(classes), "binder");
        System.out.println("stpcheck: wrote the plan binder as " + CLASS);
    }

    /** The classes directory and Jackson's jars, wherever the build tool keeps them. */
    private static String classPath(Path classes) {
        StringJoiner cp = new StringJoiner(java.io.File.pathSeparator);
        cp.add(classes.toString());
        for (Class<?> c : List.of(com.fasterxml.jackson.databind.JsonNode.class, com.fasterxml.jackson.core.TreeNode.class, JsonProperty.class)) {
            try {
                cp.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return cp.toString();
    }

    /** The Java source of the binder; fails by path when the format and the model disagree. */
    public static String source() {
        PlanBinderWriter w = new PlanBinderWriter();
        w.matches(PlanFormat.ROOT, Plan.class, "(root)");
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Plan.class));
        while (!todo.isEmpty()) {
            Class<?> r = todo.pop();
            if (!w.records.add(r)) continue;
            for (RecordComponent c : components(r)) {
                Class<?> nested = recordIn(c.getGenericType());
                if (nested != null) todo.add(nested);
            }
        }
        StringBuilder methods = new StringBuilder();
        for (Class<?> r : w.records) methods.append(w.recordMethod(r));
        for (Class<?> r : w.listsOfRecords) methods.append(listMethod(r));
        return """
                package org.stpcheck.load;

                import java.util.Iterator;
                import java.util.List;
                
                import com.fasterxml.jackson.databind.JsonNode;

                import static org.stpcheck.load.Binding.*;

                /** Generated at build time by PlanBinderWriter from the model records and PlanFormat: do not edit. */
                final class BuiltPlanBinder implements java.util.function.Function<JsonNode, org.stpcheck.model.Plan> {
                    @Override
                    public org.stpcheck.model.Plan apply(JsonNode tree) {
                        return %s(tree);
                    }
                %s}
                """.formatted(method(Plan.class), methods);
    }

    private String recordMethod(Class<?> r) {
        RecordComponent[] cs = components(r);
        StringBuilder decl = new StringBuilder();
        StringBuilder cases = new StringBuilder();
        StringJoiner args = new StringJoiner(", ");
        for (int i = 0; i < cs.length; i++) {
            RecordComponent c = cs[i];
            decl.append("        ").append(typeName(c.getGenericType())).append(" c").append(i).append(" = null;\n");
            cases.append("                case ").append(quoted(jsonName(r, c))).append(" -> c").append(i).append(" = ")
                    .append(valueOf(c.getGenericType(), "e.getValue()", r.getSimpleName() + "." + c.getName())).append(";\n");
            args.add("c" + i);
        }
        return """

                    static %1$s %2$s(JsonNode n) {
                        if (absent(n)) return null;
                        object(n, "%3$s");
                %4$s        for (Iterator<java.util.Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                            java.util.Map.Entry<String, JsonNode> e = it.next();
                            switch (e.getKey()) {
                %5$s                default -> throw unknown(n, e.getKey(), "%3$s");
                            }
                        }
                        return new %1$s(%6$s);
                    }
                """.formatted(r.getCanonicalName(), method(r), r.getSimpleName(), decl, cases, args);
    }

    private static String listMethod(Class<?> r) {
        return """

                    static List<%1$s> %2$sList(JsonNode n) {
                        if (absent(n)) return null;
                        array(n, "%3$s");
                        java.util.ArrayList<%1$s> out = new java.util.ArrayList<>(n.size());
                        for (JsonNode item : n) out.add(%2$s(item));
                        return out;
                    }
                """.formatted(r.getCanonicalName(), method(r), r.getSimpleName());
    }

    private String valueOf(Type t, String node, String what) {
        if (t == String.class) return "text(" + node + ")";
        if (t == Boolean.class) return "bool(" + node + ")";
        if (t == Double.class) return "dbl(" + node + ")";
        if (t == Long.class) return "lng(" + node + ")";
        if (t == Integer.class) return "integer(" + node + ")";
        if (t == LocalDate.class) return "date(" + node + ")";
        if (t instanceof Class<?> c && c.isRecord()) return method(c) + "(" + node + ")";
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type e = p.getActualTypeArguments()[0];
            if (e == String.class) return "texts(" + node + ")";
            if (e == Integer.class) return "integers(" + node + ")";
            if (e == LocalDate.class) return "dates(" + node + ")";
            if (e instanceof Class<?> c && c.isRecord()) {
                listsOfRecords.add(c);
                return method(c) + "List(" + node + ")";
            }
        }
        throw new IllegalStateException(what + ": the plan binder cannot bind a " + t.getTypeName() + "; teach PlanBinderWriter and Binding");
    }

    /** Walks the format beside the model: every key the checker may emit has a component able to hold it. */
    private void matches(Shape shape, Type type, String path) {
        if (shape instanceof Shape.Obj obj) {
            if (!(type instanceof Class<?> r) || !r.isRecord()) throw mismatch(path, "a mapping", type);
            Set<String> names = new LinkedHashSet<>();
            for (RecordComponent c : components(r)) names.add(jsonName(r, c));
            if (!names.contains("$path")) throw mismatch(path, "a mapping with $path", type);
            for (Shape.Field f : obj.fields()) {
                RecordComponent c = component(r, f.key());
                if (c == null) throw new IllegalStateException(path + "." + f.key() + ": PlanFormat has this key but " + r.getName() + " has no component for it");
                matches(f.shape(), c.getGenericType(), path + "." + f.key());
            }
            if (obj.idKind() == Shape.IdKind.CCG || obj.idKind() == Shape.IdKind.LOCAL_AUTHORITY || obj.idKind() == Shape.IdKind.ORG_BY_TYPE) {
                if (!names.contains("$list")) throw mismatch(path, "an organisation with $list", type);
            }
        } else if (shape instanceof Shape.ListOf list) {
            if (!(type instanceof ParameterizedType p) || p.getRawType() != List.class) throw mismatch(path, "a list", type);
            matches(list.item(), p.getActualTypeArguments()[0], path + "[]");
        } else {
            Shape.Type st = ((Shape.Scalar) shape).type();
            boolean ok = switch (st) {
                case BOOLEAN -> type == Boolean.class;
                case INTEGER -> type == Long.class || type == Integer.class || type == Double.class;
                case NUMBER -> type == Double.class;
                case CONST_ONE -> type == Integer.class || type == Long.class;
                case DATE -> type == LocalDate.class || type == String.class;
                default -> type == String.class;
            };
            if (!ok) throw mismatch(path, "a scalar of type " + st, type);
        }
    }

    private static IllegalStateException mismatch(String path, String format, Type model) {
        return new IllegalStateException(path + ": PlanFormat has " + format + " but the model has " + model.getTypeName());
    }

    private static RecordComponent component(Class<?> r, String key) {
        for (RecordComponent c : components(r)) if (jsonName(r, c).equals(key)) return c;
        return null;
    }

    private static RecordComponent[] components(Class<?> r) {
        RecordComponent[] cs = r.getRecordComponents();
        for (RecordComponent c : cs) {
            for (var a : field(r, c).getAnnotations()) {
                if (a.annotationType().getPackageName().startsWith("com.fasterxml") && !(a instanceof JsonProperty)) {
                    throw new IllegalStateException(r.getName() + "." + c.getName() + ": the plan binder does not know " + a.annotationType().getName());
                }
            }
        }
        return cs;
    }

    /** The key Jackson's snake-case mapper bound to this component. */
    static String jsonName(Class<?> r, RecordComponent c) {
        JsonProperty p = field(r, c).getAnnotation(JsonProperty.class);
        if (p != null && !p.value().isEmpty()) return p.value();
        return SNAKE.translate(c.getName());
    }

    private static Field field(Class<?> r, RecordComponent c) {
        try {
            return r.getDeclaredField(c.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> recordIn(Type t) {
        if (t instanceof Class<?> c && c.isRecord()) return c;
        if (t instanceof ParameterizedType p) return recordIn(p.getActualTypeArguments()[0]);
        return null;
    }

    private static String method(Class<?> r) {
        String n = r.getName().substring(r.getPackageName().length() + 1).replace('$', '_');
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static String typeName(Type t) {
        if (t instanceof Class<?> c) return c.getCanonicalName();
        ParameterizedType p = (ParameterizedType) t;
        return "java.util.List<" + typeName(p.getActualTypeArguments()[0]) + ">";
    }

    private static String quoted(String s) {
        if (!s.matches("[$a-z0-9_]+")) throw new IllegalStateException("unexpected key " + s);
        return "\"" + s + "\"";
    }
}
