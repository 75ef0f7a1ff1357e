package org.stpcheck.findings;

import java.util.List;

/**
 * A run compared with a baseline report: how many results are new, resolved, changed or
 * unchanged, and which plans the baseline did not have or this run no longer has (by plan id,
 * or by file for a plan without one). Renderers open with it: "what changed".
 */
public record Comparison(String baseline, int newResults, int resolved, int changed, int unchanged,
                         List<String> plansAdded, List<String> plansRemoved) {
    public Comparison {
        plansAdded = List.copyOf(plansAdded);
        plansRemoved = List.copyOf(plansRemoved);
    }
}
