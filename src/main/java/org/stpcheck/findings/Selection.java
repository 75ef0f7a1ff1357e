package org.stpcheck.findings;

import java.util.List;

import org.stpcheck.catalogue.Requirement;

/** Which requirements a run reports: some families, some ids, or (both null) all. */
public record Selection(List<String> families, List<String> requirements) {

    public static Selection all() { return new Selection(null, null); }

    public boolean includes(Requirement r) {
        if (families != null && !families.contains(r.family())) return false;
        return requirements == null || requirements.contains(r.id());
    }
}
