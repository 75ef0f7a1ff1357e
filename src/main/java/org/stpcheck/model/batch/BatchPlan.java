package org.stpcheck.model.batch;

/** One plan of a batch, so each plan gets a cross-plan decision even when it lists nothing. */
public record BatchPlan(String file, String planId, String footprintCode, String footprintName) {}
