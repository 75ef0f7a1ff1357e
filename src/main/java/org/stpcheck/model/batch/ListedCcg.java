package org.stpcheck.model.batch;

/** A CCG of the evaluated plan's footprint, in the configured lookup, that some plan of the batch lists (PG-02). */
public record ListedCcg(String ccgCode) {}
