package org.stpcheck.model.batch;

/** A local authority listed by one plan of a batch, matched on its ONS code or else its exact name (PG-02). */
public record LaMembership(String file, String planId, String footprintName, String key, String name, String path) {}
