package org.stpcheck.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.stpcheck.load.Shape.ListOf;
import org.stpcheck.load.Shape.Obj;
import org.stpcheck.model.Plan;
import org.stpcheck.model.Source;

/**
 * Where each value of a plan file comes from: the {@code plan.sources} entry named by the nearest
 * {@code source} key at or above it (docs/plan-format-extensions.md). A mapping or list item may
 * carry {@code source: <id>}, covering every value it holds, or {@code source: {<key>: <id>, ...}},
 * naming a source for each of its keys; a nested mapping or item that names its own source wins.
 *
 * <p>Provenance is not a fact any rule reads, so the loader takes the {@code source} keys out of the
 * tree before it is checked and bound, and keeps them here as a side table of paths. Paths are the
 * loader's own ({@code reconfigurations[0].bed_change}), so a finding's path finds its source.
 */
public final class Provenance {
    /** The key that names a source; plan format v1 has no key of that name. */
    public static final String KEY = "source";
    private static final Provenance NONE = new Provenance(Map.of(), Map.of(), Map.of());

    private final Map<String, String> ownSource;    // path of a mapping → the source of all it holds
    private final Map<String, String> keySource;    // path of a key → the source its mapping names for it
    private final Map<String, Source> sources;      // plan.sources by id
    private final Map<String, String> original;     // renumbered paths of a filtered plan → the file's (FactFilter)

    private Provenance(Map<String, String> ownSource, Map<String, String> keySource, Map<String, Source> sources) {
        this(ownSource, keySource, sources, Map.of());
    }

    private Provenance(Map<String, String> ownSource, Map<String, String> keySource, Map<String, Source> sources, Map<String, String> original) {
        this.ownSource = Map.copyOf(ownSource);
        this.keySource = Map.copyOf(keySource);
        this.sources = Map.copyOf(sources);
        this.original = Map.copyOf(original);
    }

    /** This provenance answering for a filtered plan whose paths {@code renumbered} maps back to the file's. */
    Provenance translated(Map<String, String> renumbered) {
        return renumbered.isEmpty() ? this : new Provenance(ownSource, keySource, sources, renumbered);
    }

    /** A plan that names no sources, or one that did not load. */
    public static Provenance none() { return NONE; }

    /** The id of the source of the value at {@code path}, found by walking up to the nearest {@code source}. */
    public Optional<String> sourceIdOf(String path) {
        String p = path == null ? "" : FactFilter.original(original, path);
        while (true) {
            // the value's own mapping first, then what its parent says about this key
            String id = ownSource.get(p);
            if (id == null) id = keySource.get(p);
            if (id != null) return Optional.of(id);
            if (p.isEmpty()) return Optional.empty();
            p = Locations.parent(p);
        }
    }

    /** The {@code plan.sources} entry the value at {@code path} comes from, if the file names one. */
    public Optional<Source> sourceOf(String path) {
        return sourceIdOf(path).map(sources::get);
    }

    /** Every path at which the file names a source, with that source's id (in path order). */
    public Map<String, String> declared() {
        Map<String, String> all = new TreeMap<>(keySource);
        all.putAll(ownSource);
        return all;
    }

    /**
     * Reads the {@code source} keys of one file while it loads: {@link #strip} takes them out of the
     * read tree (where the format knows the position), {@link #addReferences} has the checker resolve
     * the ids with every other reference, and {@link #build} makes the finished side table.
     */
    static final class Collector {
        private final LoadErrors errors;
        private final Map<String, String> ownSource = new LinkedHashMap<>();
        private final Map<String, String> keySource = new LinkedHashMap<>();
        private final List<IdReferences.Reference> references = new ArrayList<>();

        Collector(LoadErrors errors) { this.errors = errors; }

        /** The tree without its {@code source} keys; each one is recorded, or reported if malformed. */
        YamlNode strip(YamlNode root) {
            return strip(root, PlanFormat.ROOT, "", false);
        }

        /**
         * Most mappings name no source: those come back as they are, without a copy (this runs on
         * every key of every plan checked); a copy is made from the first entry that changes.
         */
        private YamlNode strip(YamlNode node, Shape shape, String path, boolean insideSources) {
            if (shape instanceof Obj obj && node instanceof YamlNode.Mapping map) {
                boolean sourceIsData = obj.field(KEY) != null;
                LinkedHashMap<String, YamlNode.Entry> kept = null;
                int index = 0;
                for (YamlNode.Entry e : map.entries().values()) {
                    YamlNode.Entry entry = e;
                    if (e.key().equals(KEY) && !sourceIsData) {
                        entry = null;
                    } else {
                        Shape.Field f = obj.field(e.key());
                        if (f != null && !(f.shape() instanceof Shape.Scalar)) {
                            String child = path.isEmpty() ? e.key() : path + "." + e.key();
                            YamlNode value = strip(e.value(), f.shape(), child, insideSources || child.equals("plan.sources"));
                            if (value != e.value()) entry = new YamlNode.Entry(e.key(), e.keyPosition(), value);
                        }
                    }
                    if (kept == null && entry != e) kept = copyOfFirst(map, index);
                    if (kept != null && entry != null) kept.put(e.key(), entry);
                    index++;
                }
                YamlNode.Entry source = map.entries().get(KEY);
                if (source != null && !sourceIsData) record(source, map, path, insideSources);
                return kept == null ? map : new YamlNode.Mapping(map.position(), kept);
            }
            if (shape instanceof ListOf list && node instanceof YamlNode.Sequence seq) {
                List<YamlNode> items = null;
                for (int i = 0; i < seq.items().size(); i++) {
                    YamlNode item = seq.items().get(i);
                    YamlNode stripped = strip(item, list.item(), path + "[" + i + "]", insideSources);
                    if (items == null && stripped != item) items = new ArrayList<>(seq.items().subList(0, i));
                    if (items != null) items.add(stripped);
                }
                return items == null ? seq : new YamlNode.Sequence(seq.position(), items);
            }
            return node; // scalars, and shapes the checker will refuse anyway
        }

        /** The first {@code n} entries of {@code map}, in order. */
        private static LinkedHashMap<String, YamlNode.Entry> copyOfFirst(YamlNode.Mapping map, int n) {
            LinkedHashMap<String, YamlNode.Entry> copy = new LinkedHashMap<>();
            for (YamlNode.Entry e : map.entries().values()) {
                if (copy.size() == n) break;
                copy.put(e.key(), e);
            }
            return copy;
        }

        private void record(YamlNode.Entry source, YamlNode.Mapping owner, String path, boolean insideSources) {
            String at = path.isEmpty() ? KEY : path + "." + KEY;
            YamlNode v = source.value();
            if (insideSources) {
                error(source.keyPosition(), at, "a source entry cannot name a source of its own");
                return;
            }
            if (v instanceof YamlNode.Scalar s) {
                if (reference(s, at)) ownSource.put(path, s.text());
                return;
            }
            if (v instanceof YamlNode.Mapping perKey && !perKey.entries().isEmpty()) {
                for (YamlNode.Entry e : perKey.entries().values()) {
                    String keyAt = at + "." + e.key();
                    if (e.key().equals(KEY) || !owner.entries().containsKey(e.key())) {
                        error(e.keyPosition(), keyAt, "names a source for \"" + e.key() + "\", which this mapping does not hold"
                                + didYouMean(e.key(), owner));
                    } else if (!(e.value() instanceof YamlNode.Scalar s)) {
                        error(e.value().position(), keyAt, "expected the id of a plan source");
                    } else if (reference(s, keyAt)) {
                        keySource.put(path.isEmpty() ? e.key() : path + "." + e.key(), s.text());
                    }
                }
                return;
            }
            error(v.position(), at, "expected the id of a plan source, or a mapping from this mapping's keys to such ids");
        }

        private boolean reference(YamlNode.Scalar s, String at) {
            if (!ScalarSyntax.isId(s.text())) {
                error(s.position(), at, "\"" + s.text() + "\" is not a valid id reference");
                return false;
            }
            references.add(new IdReferences.Reference("source", s.text(), at, s.position().line(), s.position().column()));
            return true;
        }

        private void error(YamlNode.Position p, String path, String message) {
            errors.add(new LoadError(p.line(), p.column(), path, message));
        }

        /** Hands the source ids to the checker, which resolves them against {@code plan.sources} like any reference. */
        void addReferences(FormatChecker checker) {
            checker.idReferences.addAll(references);
        }

        /** "; did you mean ...?" among the mapping's own keys, while a suggestion is cheap and still helps. */
        private String didYouMean(String key, YamlNode.Mapping owner) {
            if (owner.entries().size() > 200 || !errors.worthDetail()) return "";
            String best = Suggestions.nearest(key, owner.entries().keySet().stream().filter(k -> !k.equals(KEY)).toList());
            return best == null ? "" : "; did you mean \"" + best + "\"?";
        }

        /** The source ids by path, before the plan is bound (for {@link FactFilter}). */
        Provenance ids() {
            return new Provenance(ownSource, keySource, Map.of());
        }

        Provenance build(Plan plan) {
            Map<String, Source> byId = new LinkedHashMap<>();
            if (plan.plan() != null && plan.plan().sources() != null) {
                for (Source s : plan.plan().sources()) byId.put(s.id(), s);
            }
            return new Provenance(ownSource, keySource, byId);
        }
    }

    /**
     * Adds {@code source} to every object of a published JSON Schema except those inside
     * {@code plan.sources}, so editors accept what the loader accepts.
     */
    static void allowInSchema(ObjectNode schema) {
        allowInSchema(schema, false);
    }

    private static void allowInSchema(ObjectNode node, boolean insideSources) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (node.path("type").asText().equals("object") && node.has("properties")) {
            ObjectNode props = (ObjectNode) node.get("properties");
            props.fields().forEachRemaining(e -> {
                if (e.getValue() instanceof ObjectNode child) allowInSchema(child, insideSources || e.getKey().equals("sources"));
            });
            if (!insideSources && !props.has(KEY)) {
                ObjectNode ref = json.objectNode().put("type", "string").put("pattern", JsonSchemaWriter.ID_PATTERN);
                ObjectNode s = props.putObject(KEY);
                s.put("description", "the plan.sources id the values of this mapping come from, or a mapping from its keys to such ids");
                s.put("markdownDescription", "Where the values of this mapping come from: the id of a `plan.sources` item, or a mapping"
                        + " from this mapping's keys to such ids. It covers every value the mapping holds unless a nested mapping names its own."
                        + " Rules never read it; reports use it to say when a finding rests on a low-confidence source.");
                s.putArray("examples").add("src_nhse_dashboard_2017");
                ArrayNode any = s.putArray("anyOf");
                any.add(ref);
                any.addObject().put("type", "object").put("minProperties", 1).set("additionalProperties", ref.deepCopy());
            }
        }
        if (node.get("items") instanceof ObjectNode items) allowInSchema(items, insideSources);
    }
}
