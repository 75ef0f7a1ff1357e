package org.stpcheck.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.stpcheck.catalogue.BuiltClass;
import org.stpcheck.model.Plan;

/**
 * The scalar conversions of the generated plan binder ({@code BuiltPlanBinder}, written by
 * {@code load.build.PlanBinderWriter}), each giving what the loader's Jackson mapper gave for the
 * nodes {@link FormatChecker} emits: an absent key or a null is null, lists are mutable
 * {@link ArrayList}s, a number bound to a {@code Double} is its double value. Anything else means
 * the format check and the model disagree: a defect, thrown as {@link IllegalArgumentException}.
 */
final class Binding {
    private Binding() {}

    /** The binder the build wrote; absent only in a partial build (before process-classes). */
    @SuppressWarnings("unchecked")
    static Function<JsonNode, Plan> built() {
        String name = "org.stpcheck.load.BuiltPlanBinder";
        return BuiltClass.instance(name, Function.class, "plan binder")
                .orElseThrow(() -> new IllegalStateException("the plan binder was not built (run mvn package): " + name + " is missing"));
    }

    static boolean absent(JsonNode n) {
        return n == null || n.isNull();
    }

    static void object(JsonNode n, String record) {
        if (!n.isObject()) throw new IllegalArgumentException("expected a mapping for " + record + ", found " + n.getNodeType());
    }

    static void array(JsonNode n, String record) {
        if (!n.isArray()) throw new IllegalArgumentException("expected a list of " + record + ", found " + n.getNodeType());
    }

    static IllegalArgumentException unknown(JsonNode n, String key, String record) {
        return new IllegalArgumentException("unknown key \"" + key + "\" for " + record + " at " + n.path("$path").asText());
    }

    static String text(JsonNode n) {
        if (absent(n)) return null;
        if (!n.isTextual()) throw expected("text", n);
        return n.textValue();
    }

    static Boolean bool(JsonNode n) {
        if (absent(n)) return null;
        if (!n.isBoolean()) throw expected("true or false", n);
        return n.booleanValue();
    }

    static Double dbl(JsonNode n) {
        if (absent(n)) return null;
        if (!n.isNumber()) throw expected("a number", n);
        return n.doubleValue();
    }

    static Long lng(JsonNode n) {
        if (absent(n)) return null;
        if (!n.isIntegralNumber() || !n.canConvertToLong()) throw expected("an integer", n);
        return n.longValue();
    }

    static Integer integer(JsonNode n) {
        if (absent(n)) return null;
        if (!n.isIntegralNumber() || !n.canConvertToInt()) throw expected("an integer within int", n);
        return n.intValue();
    }

    static LocalDate date(JsonNode n) {
        if (absent(n)) return null;
        if (!n.isTextual()) throw expected("a date", n);
        String t = n.textValue();
        // the format checker passes only YYYY-MM-DD; digits read directly, without a formatter's cold start
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            return LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10));
        }
        return LocalDate.parse(t);
    }

    static List<String> texts(JsonNode n) {
        if (absent(n)) return null;
        array(n, "text");
        List<String> out = new ArrayList<>(n.size());
        for (JsonNode item : n) out.add(text(item));
        return out;
    }

    static List<Integer> integers(JsonNode n) {
        if (absent(n)) return null;
        array(n, "integers");
        List<Integer> out = new ArrayList<>(n.size());
        for (JsonNode item : n) out.add(integer(item));
        return out;
    }

    static List<LocalDate> dates(JsonNode n) {
        if (absent(n)) return null;
        array(n, "dates");
        List<LocalDate> out = new ArrayList<>(n.size());
        for (JsonNode item : n) out.add(date(item));
        return out;
    }

    private static IllegalArgumentException expected(String what, JsonNode n) {
        return new IllegalArgumentException("expected " + what + ", found " + n.getNodeType());
    }
}
