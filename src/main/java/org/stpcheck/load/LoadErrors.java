package org.stpcheck.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The errors of one file. Every error is counted, but only the first {@link #LISTED} in line order
 * are kept and listed, then one line says how many more there are: a hostile file cannot make the
 * checker hold or print millions of messages.
 */
final class LoadErrors {
    static final int LISTED = 100;

    /** The LISTED + 1 earliest errors so far, latest on top; the extra one places the "more" line. */
    private final PriorityQueue<LoadError> earliest = new PriorityQueue<>(Collections.reverseOrder());
    private int count;

    void add(LoadError e) {
        count++;
        earliest.add(e);
        if (earliest.size() > LISTED + 1) earliest.poll();
    }

    boolean isEmpty() { return count == 0; }

    int count() { return count; }

    /**
     * Whether it is still worth spending effort on an error's details ("did you mean"): past the
     * listed number, a file is broken wholesale, and a suggestion for each of a million bad
     * references would cost more than it helps.
     */
    boolean worthDetail() { return count < LISTED; }

    /** The errors in line order: at most LISTED, then "and N more errors" at the next one's place. */
    List<LoadError> list() {
        List<LoadError> sorted = new ArrayList<>(earliest);
        Collections.sort(sorted);
        if (count <= LISTED) return List.copyOf(sorted);
        LoadError next = sorted.get(LISTED);
        List<LoadError> shown = new ArrayList<>(sorted.subList(0, LISTED));
        shown.add(new LoadError(next.line(), next.column(), "",
                "and " + (count - LISTED) + " more errors (only the first " + LISTED + " are listed)"));
        return List.copyOf(shown);
    }
}
