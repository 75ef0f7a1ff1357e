package org.stpcheck.model.batch;

/** A CCG listed by the plan being evaluated in a batch (PG-02); other plans listing it are {@link CcgClaim}s. */
public record CcgMembership(String file, String planId, String footprintCode, String footprintName,
                            String ccgCode, String ccgName, String path) {}
