package org.stpcheck.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.stpcheck.catalogue.Requirement;
import org.stpcheck.engine.Outcome;

/**
 * A legal adviser's brief of one plan, per statute cited (the citation where a requirement names
 * none), statutes sorted by name: what fails or flags, then what is unmet (not evidenced: the plan
 * does not say enough to decide), then the scope — what passed, was waived or did not apply — so that
 * silence is never read as clearance. Every selected legal-review requirement is in exactly one list.
 */
public record LegalBrief(Map<String, Statute> statutes) {
    /** What {@code --legal} lists, and so what its exit code counts: legal-review results that fail, flag or are unmet (not evidenced). */
    public static boolean lists(Requirement requirement, Outcome outcome) {
        return flags(requirement, outcome) || requirement.legalReview() && outcome == Outcome.UNMET;
    }

    /** A legal flag of the batch summaries: a legal-review result that fails or flags. */
    public static boolean flags(Requirement requirement, Outcome outcome) {
        return requirement.legalReview() && (outcome == Outcome.FAIL || outcome == Outcome.FLAG);
    }


    /** One statute's legal-review results, each list in catalogue order. */
    public record Statute(String name, List<Result> review, List<Result> unmet, List<Result> unknown,
                          List<Result> passed, List<Result> waived, List<Result> notApplicable) {
        /** Whether anything under the statute needs a lawyer's reading (not only its scope line). */
        public boolean anyToRead() { return !review.isEmpty() || !unmet.isEmpty() || !unknown.isEmpty(); }
    }

    public static LegalBrief of(PlanReport p) {
        Map<String, List<List<Result>>> lists = new TreeMap<>();
        for (Result r : p.results()) {
            if (!r.requirement().legalReview()) continue;
            String statute = r.requirement().statute() != null ? r.requirement().statute() : r.requirement().citation();
            List<List<Result>> l = lists.computeIfAbsent(statute, k -> {
                List<List<Result>> six = new ArrayList<>();
                for (int i = 0; i < 6; i++) six.add(new ArrayList<>());
                return six;
            });
            l.get(slot(r.outcome())).add(r);
        }
        Map<String, Statute> out = new TreeMap<>();
        lists.forEach((name, l) -> out.put(name, new Statute(name, l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5))));
        return new LegalBrief(out);
    }

    private static int slot(Outcome o) {
        return switch (o) {
            case FAIL, FLAG -> 0;
            case UNMET -> 1;
            case INTERNAL_ERROR -> 2;
            case PASS -> 3;
            case WAIVED -> 4;
            case NOT_APPLICABLE -> 5;
        };
    }

    public boolean isEmpty() { return statutes.isEmpty(); }
}
