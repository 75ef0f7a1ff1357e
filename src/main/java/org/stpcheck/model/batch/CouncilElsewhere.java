package org.stpcheck.model.batch;

import java.util.List;

/**
 * The other plans of the batch that list a council the evaluated plan lists (PG-02), by footprint
 * name in file order; {@code key} is the council's ONS code, or else its exact name.
 */
public record CouncilElsewhere(String key, List<String> footprintNames) {
    public CouncilElsewhere {
        footprintNames = List.copyOf(footprintNames);
    }
}
