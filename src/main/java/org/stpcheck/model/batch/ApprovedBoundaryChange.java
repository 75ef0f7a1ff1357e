package org.stpcheck.model.batch;

/** A nationally approved boundary change recorded by a plan of a batch: the CCG may sit in both footprints. */
public record ApprovedBoundaryChange(String file, String ccgCode, String footprintCode, String otherFootprintCode) {}
