package org.stpcheck.findings;

import java.util.List;

import org.stpcheck.catalogue.Requirement;
import org.stpcheck.catalogue.Severity;
import org.stpcheck.engine.Outcome;

/**
 * The one result of one requirement for one plan, with every finding behind it. {@code waiver} is
 * the waiver that made it {@code waived} (else null); {@code change} how it differs from a
 * baseline report (null without {@code --baseline}).
 */
public record Result(Requirement requirement, Outcome outcome, Severity severity, List<Located> findings, Waiver waiver, Change change) {

    public Result {
        findings = List.copyOf(findings);
    }

    public Result(Requirement requirement, Outcome outcome, Severity severity, List<Located> findings) {
        this(requirement, outcome, severity, findings, null, null);
    }

    /** This result waived by {@code reason...}: outcome {@code waived}, the real outcome kept in the waiver. */
    public Result waived(Waiver w) {
        return new Result(requirement, Outcome.WAIVED, severity, findings, w, change);
    }

    public Result withChange(Change c) {
        return new Result(requirement, outcome, severity, findings, waiver, c);
    }

    /** The outcome the plan's content gives, before any waiver. */
    public Outcome originalOutcome() {
        return waiver != null ? waiver.originalOutcome() : outcome;
    }

    /** Findings a reader always sees; evidence findings show only with --explain. */
    public List<Located> shownFindings(boolean explain) {
        return explain ? findings : findings.stream().filter(f -> !f.finding().evidence()).toList();
    }

    /** What {@code --fail-on LEVEL} counts (§10 item 4). */
    public boolean failsAt(Severity level) {
        return outcome.isProblem() && severity.atLeast(level);
    }

    /** What {@code --legal} lists in JSON and CSV: legal-review results that fail, flag or are unmet (not evidenced). */
    public boolean forLegalBrief() {
        return LegalBrief.lists(requirement, outcome);
    }

    /** Legal view: legal-review results that are fail or flag. */
    public boolean forLawyers() {
        return LegalBrief.flags(requirement, outcome);
    }
}
