package org.stpcheck.load;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code --min-fact-confidence}: before the rules run, the values of a plan whose source
 * ({@code plan.sources[].confidence}, through the {@code source} keys) is below a threshold are
 * taken out, so every rule sees the plan as it would read without them (a finding that rested on
 * them becomes what the rest shows: typically unmet, or not applicable). A mapping or list left
 * empty by it goes too, so it reads as absent, not as stated empty. Kept: values with no source
 * (nothing says they are weak), sources with no confidence, and {@code format_version} and
 * {@code plan} (the plan's identity, date and source list). Items of a list that remain are
 * renumbered, and {@link #original} maps their paths back, so findings still point at the file.
 */
public final class FactFilter {
    public static final List<String> LEVELS = List.of("low", "medium", "high");

    private final int minimum;

    private FactFilter(int minimum) { this.minimum = minimum; }

    /** The filter for {@code low}, {@code medium} or {@code high} (any case); null for low, which keeps everything. */
    public static FactFilter atLeast(String level) {
        int i = LEVELS.indexOf(level.trim().toLowerCase(Locale.ROOT));
        if (i < 0) throw new IllegalArgumentException("expected low, medium or high");
        return i == 0 ? null : new FactFilter(i);
    }

    public String minimum() { return LEVELS.get(minimum); }

    /** The tree without the weak values, and the paths of the values kept, renumbered (new path → original path). */
    record Filtered(JsonNode tree, Map<String, String> original, int removed) {}

    Filtered apply(JsonNode tree, Provenance ids) {
        Map<String, Integer> rank = new HashMap<>();
        for (JsonNode s : tree.path("plan").path("sources")) {
            int r = LEVELS.indexOf(s.path("confidence").asText("").toLowerCase(Locale.ROOT));
            if (r >= 0) rank.put(s.path("id").asText(), r);
        }
        Map<String, String> original = new HashMap<>();
        int[] removed = {0};
        JsonNode out = prune(tree, "", "", ids, rank, original, removed);
        return new Filtered(out == null ? JsonNodeFactory.instance.objectNode() : out, original, removed[0]);
    }

    private JsonNode prune(JsonNode node, String oldPath, String newPath, Provenance ids, Map<String, Integer> rank,
                           Map<String, String> original, int[] removed) {
        if (oldPath.equals("plan") || oldPath.equals("format_version")) return record(node, oldPath, newPath, original);
        if (node instanceof ObjectNode obj) {
            ObjectNode kept = JsonNodeFactory.instance.objectNode();
            int facts = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("$path")) {
                    kept.put("$path", newPath);
                    continue;
                }
                facts++;
                String o = oldPath.isEmpty() ? e.getKey() : oldPath + "." + e.getKey();
                String n = newPath.isEmpty() ? e.getKey() : newPath + "." + e.getKey();
                JsonNode child = prune(e.getValue(), o, n, ids, rank, original, removed);
                if (child != null) kept.set(e.getKey(), child);
            }
            if (facts > 0 && kept.size() == (kept.has("$path") ? 1 : 0) && !oldPath.isEmpty()) return null;
            return record(kept, oldPath, newPath, original);
        }
        if (node instanceof ArrayNode arr) {
            ArrayNode kept = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < arr.size(); i++) {
                JsonNode child = prune(arr.get(i), oldPath + "[" + i + "]", newPath + "[" + kept.size() + "]", ids, rank, original, removed);
                if (child != null) kept.add(child);
            }
            if (!arr.isEmpty() && kept.isEmpty()) return null;
            return record(kept, oldPath, newPath, original);
        }
        Integer r = ids.sourceIdOf(oldPath).map(rank::get).orElse(null);
        if (r != null && r < minimum) {
            removed[0]++;
            return null;
        }
        return record(node, oldPath, newPath, original);
    }

    private static JsonNode record(JsonNode node, String oldPath, String newPath, Map<String, String> original) {
        if (!oldPath.equals(newPath)) original.put(newPath, oldPath);
        return node;
    }

    /** The path in the file of a path of the filtered plan. */
    static String original(Map<String, String> original, String path) {
        if (original.isEmpty() || path == null) return path;
        String exact = original.get(path);
        if (exact != null) return exact;
        // a path below a kept node (a missing key's would-be path): translate its longest known prefix
        String p = path;
        while (!p.isEmpty()) {
            p = Locations.parent(p);
            String o = original.get(p);
            if (o != null) return o + path.substring(p.length());
        }
        return path;
    }
}
