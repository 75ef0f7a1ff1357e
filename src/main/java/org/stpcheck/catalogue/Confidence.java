package org.stpcheck.catalogue;

/** How well the catalogue's source for a requirement was verified (requirements.md §0.1). */
public enum Confidence {
    /** read in primary text */
    V,
    /** from a reliable secondary summary */
    S,
    /** unverified: results are provisional */
    U;

    public boolean provisional() { return this == U; }
}
