package org.stpcheck.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stpcheck.catalogue.BuiltClass;

/**
 * The first value the worked example gives each key, written as in a plan file: the example values
 * of the format reference and the schema come from a plan that loads, so they are valid by
 * construction. The build reads them once ({@code load.build.ExampleValuesWriter}), so that the
 * first report that suggests YAML does not parse the worked example on the way (issue 12).
 */
public final class ExampleValues {
    /** The class the build writes. */
    public static final String BUILT = "org.stpcheck.load.BuiltExampleValues";

    private ExampleValues() {}

    /** The worked example's values as the build read them; read now only in a partial build (before process-classes). */
    static Map<String, String> shipped() {
        return BuiltClass.<Map<String, String>>supplied(BUILT, "built example values")
                .orElseGet(() -> of(FormatDocs.resource(FormatDocs.WORKED_EXAMPLE)));
    }

    /** Path with {@code []} → the value as YAML text ({@code 2016-11-18}, {@code "2017/18"}, {@code [a, b]}). */
    public static Map<String, String> of(String planText) {
        LoadErrors errors = new LoadErrors();
        YamlNode root = new YamlReader(errors).read(new SourceText(planText));
        if (root == null || !errors.isEmpty()) throw new IllegalStateException("the worked example does not read: " + errors.list());
        Map<String, String> out = new HashMap<>();
        collect(root, "", out);
        return Map.copyOf(out);
    }

    private static void collect(YamlNode node, String path, Map<String, String> out) {
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                collect(e.value(), path.isEmpty() ? e.key() : path + "." + e.key(), out);
            }
        } else if (node instanceof YamlNode.Sequence s) {
            if (!s.items().isEmpty() && s.items().stream().allMatch(i -> i instanceof YamlNode.Scalar)) {
                List<String> items = new ArrayList<>();
                for (YamlNode i : s.items().subList(0, Math.min(3, s.items().size()))) items.add(YamlOut.flowScalar((YamlNode.Scalar) i));
                out.putIfAbsent(path, "[" + String.join(", ", items) + "]");
            }
            for (YamlNode item : s.items()) collect(item, path + "[]", out);
        } else if (node instanceof YamlNode.Scalar sc) {
            out.putIfAbsent(path, YamlOut.blockScalar(sc));
        }
    }
}
