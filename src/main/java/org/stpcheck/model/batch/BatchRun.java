package org.stpcheck.model.batch;

import java.util.Set;

/** The batch as a whole: how many plans, and which footprint codes they cover. */
public record BatchRun(int plans, Set<String> footprintCodes) {
    /** The run covers all 44 footprints, so England-wide coverage can be judged. */
    public boolean coversEngland() { return footprintCodes.size() >= 44; }
}
