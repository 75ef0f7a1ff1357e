package org.stpcheck.load;

import java.util.Map;

/**
 * Where each node of a plan file sits, by dotted key path ({@code reconfigurations[0].tests}), so
 * findings can point at the YAML. A path that does not exist resolves to its nearest enclosing
 * node that does, which is what a finding about a missing key should show.
 */
public final class Locations {
    private final Map<String, int[]> positions;

    Locations(Map<String, int[]> positions) { this.positions = Map.copyOf(positions); }

    /** {line, column}, 1-based, of the node at {@code path} or of its nearest existing ancestor. */
    public int[] find(String path) {
        String p = path == null ? "" : path;
        while (true) {
            int[] pos = positions.get(p);
            if (pos != null) return pos;
            if (p.isEmpty()) return new int[] {1, 1};
            p = parent(p);
        }
    }

    /** The path of the nearest node that exists, at or above {@code path}. */
    public String existing(String path) {
        String p = path == null ? "" : path;
        while (!p.isEmpty() && !positions.containsKey(p)) p = parent(p);
        return p;
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
