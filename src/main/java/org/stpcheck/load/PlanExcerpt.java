package org.stpcheck.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stpcheck.load.Shape.Field;
import org.stpcheck.load.Shape.ListOf;
import org.stpcheck.load.Shape.Obj;
import org.stpcheck.load.Shape.Scalar;
import org.stpcheck.load.Shape.Type;
import org.stpcheck.load.YamlOut.Entry;
import org.stpcheck.load.YamlOut.Mapping;
import org.stpcheck.load.YamlOut.Node;
import org.stpcheck.load.YamlOut.Sequence;

/**
 * The smallest part of a plan that still shows a set of keys: the keys themselves with their
 * values, the mappings and list items that hold them, each kept item's required keys, the items
 * their references name, and what every plan needs ({@code format_version}, {@code plan.id},
 * {@code plan.name}, {@code plan.as_of}, {@code footprint.name}). The result is itself a plan, so it
 * can be loaded and checked; the rule documentation shows it as "a plan that passes".
 */
public final class PlanExcerpt {
    private PlanExcerpt() {}

    private static final List<String> ALWAYS = List.of("format_version", "plan.id", "plan.name", "plan.as_of", "footprint.name");

    /**
     * The excerpt of {@code planText} that shows the keys matching {@code patterns} (paths with
     * {@code []}, {@code *} for one key), as compact YAML; null if the text does not read as YAML.
     */
    public static String of(String planText, List<String> patterns) {
        LoadErrors errors = new LoadErrors();
        YamlNode root = new YamlReader(errors).read(new SourceText(planText));
        if (!(root instanceof YamlNode.Mapping rootMap) || !errors.isEmpty()) return null;
        Map<String, YamlNode> nodes = new HashMap<>();
        Map<String, Shape> shapes = new HashMap<>();
        Map<String, String> idPaths = new HashMap<>();
        index(rootMap, PlanFormat.ROOT, "", nodes, shapes, idPaths);
        Set<String> keep = new HashSet<>();
        List<String> todo = new ArrayList<>();
        for (String path : nodes.keySet()) {
            String norm = FormatDocs.normalize(path);
            if (ALWAYS.contains(norm) || patterns.stream().anyMatch(p -> FormatDocs.matches(p, norm))) {
                todo.add(path);
                // a list the requirement reads as a whole keeps every item (at least their required keys)
                if (shapes.get(path) instanceof ListOf) addSubtree(path, nodes.get(path), todo);
            }
        }
        todo.sort(null); // a fixed order, so the same fixture always gives the same excerpt
        while (!todo.isEmpty()) {
            String path = todo.remove(todo.size() - 1);
            if (!keep.add(path)) continue;
            YamlNode node = nodes.get(path);
            Shape shape = shapes.get(path);
            // what makes the kept node load: its ancestors, an item's required keys, the items it names
            String parent = Locations.parent(path);
            if (!path.isEmpty()) todo.add(parent);
            if (shape instanceof Obj o && node instanceof YamlNode.Mapping m) {
                for (Field f : o.fields()) {
                    if (f.required() && m.entries().containsKey(f.key())) todo.add(path.isEmpty() ? f.key() : path + "." + f.key());
                }
            }
            if (isWhole(shape)) addSubtree(path, node, todo);
            for (String ref : references(shape, node)) {
                String target = idPaths.get(ref);
                if (target != null) todo.add(target);
            }
        }
        return YamlOut.write((Mapping) excerpt(rootMap, "", keep), true);
    }

    /** Scalars and lists of scalars are kept with their whole value. */
    private static boolean isWhole(Shape s) {
        return s instanceof Scalar || (s instanceof ListOf l && l.item() instanceof Scalar);
    }

    private static void addSubtree(String path, YamlNode node, List<String> todo) {
        if (node instanceof YamlNode.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) todo.add(path + "[" + i + "]");
        }
    }

    /** The ids a reference, or a list of references, names. */
    private static List<String> references(Shape shape, YamlNode node) {
        Scalar s = FormatKey.scalar(shape);
        if (s == null || s.type() != Type.REF) return List.of();
        List<String> ids = new ArrayList<>();
        if (node instanceof YamlNode.Scalar sc) ids.add(sc.text());
        if (node instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) if (item instanceof YamlNode.Scalar sc) ids.add(sc.text());
        }
        return ids;
    }

    /** Every node of the plan by path, with its shape, and where each id is defined. */
    private static void index(YamlNode node, Shape shape, String path, Map<String, YamlNode> nodes, Map<String, Shape> shapes,
                              Map<String, String> idPaths) {
        nodes.put(path, node);
        shapes.put(path, shape);
        if (shape instanceof Obj o && node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                Field f = o.field(e.key());
                if (f == null) continue;
                String child = path.isEmpty() ? e.key() : path + "." + e.key();
                index(e.value(), f.shape(), child, nodes, shapes, idPaths);
            }
            YamlNode.Entry id = m.entries().get("id");
            if (o.idKind() != null && id != null && id.value() instanceof YamlNode.Scalar sc) idPaths.putIfAbsent(sc.text(), path);
        } else if (shape instanceof ListOf l && node instanceof YamlNode.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) index(s.items().get(i), l.item(), path + "[" + i + "]", nodes, shapes, idPaths);
        }
    }

    private static Node excerpt(YamlNode node, String path, Set<String> keep) {
        if (node instanceof YamlNode.Mapping m) {
            List<Entry> entries = new ArrayList<>();
            for (YamlNode.Entry e : m.entries().values()) {
                String child = path.isEmpty() ? e.key() : path + "." + e.key();
                if (keep.contains(child)) entries.add(new Entry(e.key(), excerpt(e.value(), child, keep), null, false));
            }
            return new Mapping(entries);
        }
        if (node instanceof YamlNode.Sequence s) {
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < s.items().size(); i++) {
                String child = path + "[" + i + "]";
                if (keep.contains(child)) items.add(excerpt(s.items().get(i), child, keep));
            }
            return new Sequence(items);
        }
        return YamlOut.of((YamlNode.Scalar) node);
    }
}
