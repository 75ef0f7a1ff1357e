package org.stpcheck.findings;

import org.stpcheck.catalogue.Catalogue;

/**
 * What is known of a run before its first plan is checked: the catalogue and selection, and how
 * many plan files it holds (so a renderer can choose the single-plan or the batch layout up
 * front). {@code catalogue} is null only in renderer tests that build reports by hand.
 * {@code minFactConfidence} is {@code medium} or {@code high} when {@code --min-fact-confidence}
 * took weaker values out of the plans before the rules ran (every header should say so), else null.
 */
public record RunHeader(Catalogue catalogue, Selection selection, int plans, String minFactConfidence) {
    public RunHeader(Catalogue catalogue, Selection selection, int plans) {
        this(catalogue, selection, plans, null);
    }
}
