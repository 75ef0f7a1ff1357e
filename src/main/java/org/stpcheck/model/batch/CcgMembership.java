package org.stpcheck.model.batch;

/** A CCG listed by one plan of a batch (PG-02). {@code file} names the plan the finding goes to. */
public record CcgMembership(String file, String planId, String footprintCode, String footprintName,
                            String ccgCode, String ccgName, String path) {}
