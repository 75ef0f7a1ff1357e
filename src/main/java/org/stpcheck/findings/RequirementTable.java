package org.stpcheck.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stpcheck.catalogue.Requirement;

/** The requirements a run's digests refer to, each once, so a digest stores a number, not a reference. */
final class RequirementTable {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Requirement> requirements = new ArrayList<>();

    int indexOf(Requirement r) {
        return index.computeIfAbsent(r.id(), id -> {
            requirements.add(r);
            return requirements.size() - 1;
        });
    }

    /** The index of {@code r}, or -1 when no digest refers to it (a reading: it adds nothing). */
    int find(Requirement r) { return index.getOrDefault(r.id(), -1); }

    Requirement get(int i) { return requirements.get(i); }
}
