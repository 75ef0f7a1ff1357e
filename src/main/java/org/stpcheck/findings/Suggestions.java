package org.stpcheck.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stpcheck.catalogue.Requirement;
import org.stpcheck.engine.Outcome;
import org.stpcheck.load.Snippets;
import org.stpcheck.load.Suggestion;

/**
 * Which findings come with YAML to paste. A fail or unmet finding about a key the plan leaves out
 * (a missing key, an absent section, a list with no items yet) can be fixed by writing the fact,
 * so it gets the snippet that adds it. A finding about a value the plan does state (a {@code false},
 * an {@code unknown}, a category, an existing list) does not: its fix is a different decision, not
 * a missing fact, and the message says what is wrong. Flags go to a lawyer, not to a snippet.
 */
public final class Suggestions {
    private Suggestions() {}

    /** The snippet for one finding, from the format and the finding's path alone. */
    public static Optional<Suggestion> of(Located l) {
        return fixable(l) ? Snippets.forMissing(l.missing(), l.path()) : Optional.empty();
    }

    /**
     * The snippet for one finding of {@code requirement}: a mapping it creates also carries the
     * other keys of that mapping the requirement reads, so one paste answers the requirement.
     */
    public static Optional<Suggestion> of(Located l, Requirement requirement) {
        return fixable(l) ? Snippets.forMissing(List.of(l.missing()), l.path(), requirement.reads()) : Optional.empty();
    }

    /**
     * The snippets for a whole result: its fixable findings merged by the node they go under, so a
     * section several findings miss is written once. In the order of the findings.
     */
    public static List<Suggestion> of(Result r) {
        Map<String, List<String>> byPlace = new LinkedHashMap<>();
        for (Located l : r.findings()) {
            if (fixable(l)) byPlace.computeIfAbsent(l.path(), k -> new ArrayList<>()).add(l.missing());
        }
        List<Suggestion> out = new ArrayList<>();
        byPlace.forEach((at, missing) -> Snippets.forMissing(missing, at, r.requirement().reads()).ifPresent(out::add));
        return out;
    }

    private static boolean fixable(Located l) {
        Outcome o = l.finding().outcome();
        return (o == Outcome.FAIL || o == Outcome.UNMET) && l.missing() != null;
    }
}
