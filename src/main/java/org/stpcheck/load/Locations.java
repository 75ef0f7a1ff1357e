package org.stpcheck.load;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a plan file sits, by dotted key path ({@code reconfigurations[0].tests}), so
 * findings can point at the YAML. A path that does not exist resolves to its nearest enclosing
 * node that does. For a missing key, {@link #place} gives the line where the key belongs: the
 * last line of that enclosing node, where an author appends it.
 */
public final class Locations {
    private final Map<String, int[]> positions;
    /** For each mapping and list: {its last line, the column its entries or items start at}. */
    private final Map<String, int[]> ends;
    /** Paths of a plan whose list items were renumbered ({@link FactFilter}) → their paths in the file; usually empty. */
    private final Map<String, String> original;

    Locations(Map<String, int[]> positions) { this(positions, Map.of()); }

    /**
     * Takes over the loader's maps of one file, which nothing writes to afterwards: wrapped, not
     * copied (a copy of every path of the plan cost a few percent of a warm check).
     */
    Locations(Map<String, int[]> positions, Map<String, int[]> ends) {
        this(Collections.unmodifiableMap(positions), Collections.unmodifiableMap(ends), Map.of());
    }

    private Locations(Map<String, int[]> positions, Map<String, int[]> ends, Map<String, String> original) {
        this.positions = positions;
        this.ends = ends;
        this.original = Map.copyOf(original);
    }

    /** These locations answering for a filtered plan whose paths {@code original} maps back to the file's. */
    Locations translated(Map<String, String> renumbered) {
        return renumbered.isEmpty() ? this : new Locations(positions, ends, renumbered);
    }

    /** {@code path} as the file numbers it: the same, unless {@link FactFilter} renumbered list items. */
    public String inFile(String path) {
        return path == null ? null : FactFilter.original(original, path);
    }

    /** {line, column}, 1-based, of the node at {@code path} or of its nearest existing ancestor. */
    public int[] find(String path) {
        int[] pos = positions.get(nearest(inFileOrTop(path)));
        return pos != null ? pos : new int[] {1, 1};
    }

    /**
     * {line, column} for a finding about {@code path}: the node itself when it exists; for a missing
     * key, the last line of its nearest existing ancestor and the column of that ancestor's entries
     * (the end of the file, column 1, for a missing section).
     */
    public int[] place(String path) {
        Spot s = spot(path);
        return new int[] {s.line(), s.column()};
    }

    /**
     * Where a finding about {@code path} points. {@code path} is the nearest node that exists, at or
     * above it; {@code missing} is the concerned path as the file numbers it when no node sits there
     * (null when one does); {@code line} and {@code column} are as {@link #place} gives them.
     */
    public record Spot(String path, String missing, int line, int column) {}

    /**
     * {@link #existing}, {@link #inFile} and {@link #place} of {@code path} at once. A finding needs
     * all three, and asking for them one by one translated and walked up the path three or four
     * times, hashing a fresh parent string at each step (10 % of a warm batch, issue 12); here the
     * path is translated once and walked up once.
     */
    public Spot spot(String path) {
        String inFile = inFile(path);
        String p = inFile == null ? "" : inFile;
        String at = nearest(p);
        String missing = at.equals(inFile) ? null : inFile;
        int[] pos = positions.get(at);
        // a missing key goes after the last line of its nearest existing ancestor, at its entries' column
        int[] end = at.equals(p) ? null : ends.get(at);
        int[] where = end != null ? end : pos != null ? pos : new int[] {1, 1};   // nothing above: the top of the file
        return new Spot(at, missing, where[0], where[1]);
    }

    /** {line, column}: a new entry or item of the mapping or list at {@code path} goes after this line, at this column. */
    public int[] insertionPoint(String path) {
        int[] end = ends.get(inFileOrTop(path));
        return end != null ? end.clone() : find(path);
    }

    /** The path of the nearest node that exists, at or above {@code path}. */
    public String existing(String path) {
        return nearest(inFileOrTop(path));
    }

    /** {@code path} as the file numbers it, the top of the file ("") for none. */
    private String inFileOrTop(String path) {
        return path == null ? "" : FactFilter.original(original, path);
    }

    /** The nearest node that exists at or above {@code filePath} (a path as the file numbers it); "" when none does. */
    private String nearest(String filePath) {
        String p = filePath;
        while (!p.isEmpty() && !positions.containsKey(p)) p = parent(p);
        return p;
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** The ends of every mapping and list of a read file, by path. */
    static Map<String, int[]> ends(YamlNode root, YamlReader reader) {
        Map<String, int[]> out = new HashMap<>();
        ends(root, "", reader, out);
        return out;
    }

    /** Records the ends of the mappings and lists at and below {@code node}; returns its last line. */
    private static int ends(YamlNode node, String path, YamlReader reader, Map<String, int[]> out) {
        int last = reader.ownLastLine(node);
        if (node instanceof YamlNode.Mapping m) {
            int column = path.isEmpty() || m.entries().isEmpty() ? (path.isEmpty() ? 1 : m.position().column())
                    : m.entries().values().iterator().next().keyPosition().column();
            for (YamlNode.Entry e : m.entries().values()) {
                // a scalar has no end to record: its path is not built
                last = Math.max(last, e.value() instanceof YamlNode.Scalar ? reader.ownLastLine(e.value())
                        : ends(e.value(), path.isEmpty() ? e.key() : path + "." + e.key(), reader, out));
            }
            out.put(path, new int[] {last, column});
        } else if (node instanceof YamlNode.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                YamlNode item = s.items().get(i);
                last = Math.max(last, item instanceof YamlNode.Scalar ? reader.ownLastLine(item) : ends(item, path + "[" + i + "]", reader, out));
            }
            out.put(path, new int[] {last, s.position().column()});
        }
        return last;
    }
}
