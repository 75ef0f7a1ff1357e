package org.stpcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

import org.stpcheck.catalogue.Requirement;
import org.stpcheck.load.FormatDocs;
import org.stpcheck.load.FormatKey;
import org.stpcheck.load.PlanFormat;
import org.stpcheck.load.Shape;
import org.stpcheck.model.Plan;

/**
 * The keys a requirement declares it reads ({@code reads:} in its entry) are declared, not derived:
 * a DRL rule reads facts through model records, in conditions, in Java functions and through
 * helpers, which no parser short of a Java compiler follows exactly. This test holds the
 * declarations to the DRL from both sides: every declared key is a key of the format, and every
 * plan fact a rule's conditions (or a DRL function they call) touch is covered by a declared key —
 * a record property by a declared key with that name in its path, a record type (a pattern such
 * as {@code Reconfiguration(...)}) by a declared key at or below where that record sits in a plan.
 * What a consequence only prints is not a read. The check is necessary, not sufficient; that the
 * declared keys suffice is shown by {@code RuleExamplesTest}, whose examples keep only those keys.
 */
class DeclaredReadsTest {
    private static final Set<String> NOT_PROPERTIES = Set.of("id", "path", "exists", "not", "from", "this", "org", "in",
            "contains", "memberOf", "matches", "eval", "forall", "accumulate", "collect", "over");

    @Test
    void everyDeclaredKeyIsAKeyOfTheFormat() {
        Map<String, List<String>> unknown = new TreeMap<>();
        for (Requirement r : TestSupport.catalogue().requirements()) {
            assertThat(r.reads()).as("%s declares the keys it reads (reads: in its requirement.yaml)", r.id()).isNotEmpty();
            for (String k : r.reads()) {
                if (FormatDocs.keys().stream().noneMatch(f -> FormatDocs.matches(k, f.path()))) unknown.computeIfAbsent(r.id(), x -> new ArrayList<>()).add(k);
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyPlanFactARulesConditionsTouchIsCoveredByADeclaredKey() throws IOException {
        Model model = Model.of();
        Map<String, List<String>> missing = new TreeMap<>();
        for (Requirement r : TestSupport.catalogue().requirements()) {
            Set<String> paths = new HashSet<>();
            Set<String> segments = new HashSet<>();
            for (String k : r.reads()) {
                for (FormatKey f : FormatDocs.keys()) {
                    if (!FormatDocs.matches(k, f.path())) continue;
                    paths.add(f.path());
                    for (String s : f.path().replace("[]", "").split("\\.")) segments.add(s);
                    // a declared series covers its rows' period and value
                    if (f.isSeries()) segments.addAll(List.of("period", "value", "month"));
                }
            }
            List<String> problems = new ArrayList<>();
            for (String token : conditionTokens(r)) {
                if (token.equals("kind") || token.equals("member") || token.equals("listedIn")) {
                    // an organisation's kind comes from the members list it is in, or its type
                    if (paths.stream().noneMatch(p -> p.startsWith("members."))) problems.add(token + " (an organisation's kind: declare the members list)");
                    continue;
                }
                String key = model.properties.get(token);
                if (key != null && !segments.contains(key)) problems.add(key);
                List<String> at = model.types.get(token);
                if (at != null && !at.contains("") && paths.stream().noneMatch(p -> at.stream().anyMatch(t -> covers(p, t)))) {
                    problems.add(token + " (a record at " + at + ")");
                }
            }
            if (!problems.isEmpty()) missing.put(r.id(), problems.stream().distinct().sorted().toList());
        }
        assertThat(missing).as("plan facts the DRL conditions read that the requirement does not declare under reads:").isEmpty();
    }

    /** A declared key covers a record at {@code at} when it is the record, a key inside it, or the list that holds it. */
    static boolean covers(String declared, String at) {
        String base = at.endsWith("[]") ? at.substring(0, at.length() - 2) : at;
        return declared.equals(base) || declared.startsWith(base + ".") || declared.startsWith(base + "[]");
    }

    /** Identifiers in the rules' conditions and in the DRL functions they call, less each function's own variables. */
    static Set<String> conditionTokens(Requirement r) throws IOException {
        StringBuilder text = new StringBuilder();
        Map<String, String> functions = new LinkedHashMap<>();
        Path dir = TestSupport.RULES_DIR.resolve(r.family()).resolve(r.id());
        try (Stream<Path> s = Files.list(dir)) {
            for (Path drl : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String src = Files.readString(drl).replaceAll("//[^\\n]*", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
                Matcher when = Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b").matcher(src);
                while (when.find()) text.append(when.group(1)).append('\n');
                Matcher fn = Pattern.compile("(?s)\\bfunction\\s+[\\w.<>\\[\\]]+\\s+(\\w+)\\s*\\((.*?)\\n\\}").matcher(src);
                while (fn.find()) functions.put(fn.group(1), fn.group(2));
            }
        }
        Set<String> used = new HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (Map.Entry<String, String> f : functions.entrySet()) {
                if (used.contains(f.getKey()) || !Pattern.compile("\\b" + f.getKey() + "\\s*\\(").matcher(text).find()) continue;
                used.add(f.getKey());
                text.append(withoutOwnVariables(f.getValue())).append('\n');
                more = true;
            }
        }
        // what is read from a non-plan fact bound in a pattern ($cfg : RuleConfig(...)) is configuration
        String conditions = text.toString();
        Matcher binding = Pattern.compile("\\$(\\w+)\\s*:\\s*([A-Z]\\w*)\\s*\\(").matcher(conditions);
        while (binding.find()) {
            if (!Model.isModelType(binding.group(2))) conditions = conditions.replaceAll("\\$" + binding.group(1) + "\\s*\\.\\s*\\w+", " ");
        }
        Set<String> tokens = new HashSet<>();
        Matcher m = Pattern.compile("(?<![$\\w])[A-Za-z_]\\w*").matcher(conditions);
        while (m.find()) if (!NOT_PROPERTIES.contains(m.group())) tokens.add(m.group());
        return tokens;
    }

    /**
     * A function's parameters and locals are not plan keys, and neither is what is read from one
     * that holds configuration ({@code t.gbp()} on a threshold): both are removed.
     */
    static String withoutOwnVariables(String body) {
        Matcher decl = Pattern.compile("\\b(int|long|double|float|boolean|char|var|[A-Z][\\w.]*(?:<[^>]*>)?(?:\\[\\])?)\\s+(\\w+)\\s*[=;,):]").matcher(body);
        String out = body;
        while (decl.find()) {
            String type = decl.group(1);
            String name = decl.group(2);
            boolean modelType = Model.isModelType(type.replaceAll("<.*", ""));
            if (!modelType) out = out.replaceAll("\\b" + name + "\\s*\\.\\s*\\w+", " ");
            out = out.replaceAll("\\b" + name + "\\b", " ");
        }
        return out;
    }

    /** The plan model: property names → their format key, and record types → where they sit in a plan. */
    record Model(Map<String, String> properties, Map<String, List<String>> types) {
        static boolean isModelType(String simpleOrQualified) {
            String simple = simpleOrQualified.substring(simpleOrQualified.lastIndexOf('.') + 1);
            return of().types.containsKey(simple);
        }

        private static final class Holder {
            static final Model MODEL = build();
        }

        static Model of() { return Holder.MODEL; }

        private static Model build() {
            Map<String, String> props = new HashMap<>();
            Map<String, List<String>> types = new HashMap<>();
            walk(Plan.class, PlanFormat.ROOT, "", props, types);
            return new Model(Map.copyOf(props), Map.copyOf(types));
        }

        private static void walk(Class<?> record, Shape shape, String path, Map<String, String> props, Map<String, List<String>> types) {
            types.computeIfAbsent(record.getSimpleName(), k -> new ArrayList<>()).add(path);
            if (!(shape instanceof Shape.Obj obj)) return;
            for (RecordComponent c : record.getRecordComponents()) {
                // @JsonProperty does not target record components: it sits on the accessor
                JsonProperty jp = c.getAccessor().getAnnotation(JsonProperty.class);
                String key = jp != null ? jp.value() : snake(c.getName());
                if (key.startsWith("$")) continue;
                Shape.Field f = obj.field(key);
                if (f == null) continue;
                props.putIfAbsent(c.getName(), key);
                String child = path.isEmpty() ? key : path + "." + key;
                Class<?> inner = c.getType();
                Shape s = f.shape();
                if (List.class.isAssignableFrom(inner)) {
                    Type t = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                    inner = (Class<?>) t;
                    child = child + "[]";
                    s = ((Shape.ListOf) s).item();
                }
                if (inner.isRecord()) walk(inner, s, child, props, types);
            }
        }

        private static String snake(String camel) {
            return camel.replaceAll("([A-Z])", "_$1").toLowerCase();
        }
    }
}
