package org.stpcheck.report;

import java.util.Map;

import org.stpcheck.engine.Outcome;

/**
 * A plan's evidence score (issue 10 item 5): of the results that can be evidenced, the share that
 * are. Evidenced: {@code pass} and {@code waived} (a deviation accepted on the record). Not
 * evidenced: {@code fail} (the plan states something that does not meet the requirement) and
 * {@code unmet} (it does not say enough). Left out of both: {@code flag} (the plan states facts a
 * lawyer must weigh; neither compliance nor a gap, and counted beside the score),
 * {@code not_applicable} and {@code internal_error} (no verdict). A plan with nothing to evidence
 * has no score, shown as "-" and ranked last.
 */
record Evidence(int evidenced, int applicable) {

    static Evidence of(Map<Outcome, Integer> outcomes) {
        int e = outcomes.getOrDefault(Outcome.PASS, 0) + outcomes.getOrDefault(Outcome.WAIVED, 0);
        int against = outcomes.getOrDefault(Outcome.FAIL, 0) + outcomes.getOrDefault(Outcome.UNMET, 0);
        return new Evidence(e, e + against);
    }

    boolean scored() { return applicable > 0; }

    /** Per mille, for ranking without floating point; -1 when there is nothing to score. */
    int perMille() { return applicable == 0 ? -1 : (int) ((2000L * evidenced + applicable) / (2L * applicable)); }

    /** The whole percentage, rounded half up: "6%", or "-". */
    String percent() {
        return applicable == 0 ? "-" : (200L * evidenced + applicable) / (2L * applicable) + "%";
    }

    /** "evidence score 6% (2 of 36 pass or waived)". */
    String sentence() {
        return applicable == 0 ? "evidence score -: nothing to evidence"
                : "evidence score " + percent() + " (" + evidenced + " of " + applicable + " pass or waived)";
    }
}
