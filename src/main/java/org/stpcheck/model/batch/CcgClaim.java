package org.stpcheck.model.batch;

/**
 * Another plan of the batch lists a CCG that the plan being evaluated lists too (PG-02): one fact
 * per listing, so a plan listing it twice claims it twice.
 */
public record CcgClaim(String ccgCode, String file, String planId, String footprintName) {}
