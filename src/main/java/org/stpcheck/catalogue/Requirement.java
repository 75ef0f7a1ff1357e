package org.stpcheck.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * One requirement of the catalogue, as its {@code requirement.yaml} beside its DRL states it.
 * {@code statute} groups legal-review results for lawyers; {@code effectiveFrom}/{@code effectiveTo}
 * are compared with {@code plan.as_of} (requirements.md §10 items 5). {@code reads} lists the
 * plan-format keys the requirement's rules read ({@code reconfigurations[].bed_change}; {@code *}
 * stands for each key of a mapping), as its entry declares them.
 */
public record Requirement(
        String id,
        String family,
        String title,
        Severity severity,
        boolean legalReview,
        Confidence confidence,
        String citation,
        String statute,
        String remedy,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String rule,
        String logic,
        boolean batchOnly,
        List<String> reads) {

    public Requirement {
        reads = reads == null ? List.of() : List.copyOf(reads);
    }

    /** An entry that declares no keys (tests build these). */
    public Requirement(String id, String family, String title, Severity severity, boolean legalReview, Confidence confidence,
                       String citation, String statute, String remedy, LocalDate effectiveFrom, LocalDate effectiveTo,
                       String rule, String logic, boolean batchOnly) {
        this(id, family, title, severity, legalReview, confidence, citation, statute, remedy, effectiveFrom, effectiveTo,
                rule, logic, batchOnly, List.of());
    }

    /** Whether a plan speaking as of {@code asOf} falls inside this requirement's window. */
    public boolean inForce(LocalDate asOf) {
        return !asOf.isBefore(effectiveFrom) && (effectiveTo == null || !asOf.isAfter(effectiveTo));
    }

    /** "2017-04-01 onwards" or "2016-01-01 to 2017-12-31". */
    public String window() {
        return effectiveTo == null ? effectiveFrom + " onwards" : effectiveFrom + " to " + effectiveTo;
    }
}
