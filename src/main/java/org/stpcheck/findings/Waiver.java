package org.stpcheck.findings;

import java.time.LocalDate;

import org.stpcheck.engine.Outcome;

/**
 * The accepted deviation that turned a result into {@code waived}: the waiver's reason, who
 * approved it, when it lapses, and the outcome the plan really had (kept, so nothing is hidden).
 */
public record Waiver(String reason, String approvedBy, LocalDate expires, Outcome originalOutcome) {}
