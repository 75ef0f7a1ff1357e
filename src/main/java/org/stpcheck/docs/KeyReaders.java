package org.stpcheck.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.load.FormatDocs;
import org.stpcheck.load.FormatKey;

/**
 * The requirements that read each key of the format, inverted from what each requirement's entry
 * declares under {@code reads} ({@code DeclaredReadsTest} holds the declarations to the DRL).
 */
public final class KeyReaders {
    private KeyReaders() {}

    /** Key path (with {@code []}) → requirement ids, in catalogue order; keys no requirement reads are absent. */
    public static Map<String, List<String>> of(Catalogue catalogue) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (FormatKey k : FormatDocs.keys()) {
            List<String> ids = new ArrayList<>();
            for (Requirement r : catalogue.requirements()) {
                if (r.reads().stream().anyMatch(p -> FormatDocs.matches(p, k.path()))) ids.add(r.id());
            }
            if (!ids.isEmpty()) out.put(k.path(), List.copyOf(ids));
        }
        return out;
    }

    /** The requirements that read any key at or below {@code path}, in catalogue order. */
    static List<String> below(String path, Map<String, List<String>> readers, Catalogue catalogue) {
        List<String> ids = new ArrayList<>();
        for (Requirement r : catalogue.requirements()) {
            for (Map.Entry<String, List<String>> e : readers.entrySet()) {
                boolean under = e.getKey().equals(path) || e.getKey().startsWith(path + ".") || e.getKey().startsWith(path + "[]");
                if (under && e.getValue().contains(r.id())) {
                    ids.add(r.id());
                    break;
                }
            }
        }
        return ids;
    }
}
