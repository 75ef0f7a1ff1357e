package org.stpcheck.report;

import java.util.List;

/**
 * The view model of the HTML report: plain records of strings, booleans and lists, so the
 * templates under {@code stpcheck/templates/} only place text and never decide anything. Every
 * field is non-null (an absent value is {@code ""} or an empty list), so a Mustache section never
 * falls through to a name of an enclosing scope. The records are public only because Mustache
 * reads them by reflection.
 */
final class HtmlView {
    private HtmlView() {}

    /**
     * The page around the plans' sections. {@code batch} is empty for a run of one plan;
     * {@code changes} says what changed since a baseline and what the waivers did ({@link Changes}).
     */
    public record Page(String title, String heading, String totals, String provenance, String selection, boolean legal,
                       List<Batch> batch, String footer, String csp, boolean legalKey, String confidenceKey,
                       List<String> changes) {
        public boolean anyChanges() { return !changes.isEmpty(); }
    }

    /** The summary of a run of several plans, ahead of the plans' own sections. */
    public record Batch(List<String> families, List<MatrixRow> matrix, String legend,
                        List<Tie> ties, int checkedPlans, List<RankRow> ranking, List<GridRow> grid, List<String> gridHead,
                        String gridNote, List<PlanLink> lowConfidence,
                        List<PlanLink> legalFlags, String noLegalFlags,
                        List<Invalid> invalid, boolean legal, List<PlanLink> internalErrors) {
        public boolean anyInternalErrors() { return !internalErrors.isEmpty(); }
        public boolean anyChecked() { return !families.isEmpty(); }
        public boolean anyFrequent() { return !ties.isEmpty(); }
        public boolean anyGrid() { return !grid.isEmpty(); }
        public boolean anyLowConfidence() { return !lowConfidence.isEmpty(); }
        public boolean anyLegalFlags() { return !legalFlags.isEmpty(); }
        public boolean anyInvalid() { return !invalid.isEmpty(); }
    }

    public record MatrixRow(String label, String anchor, boolean invalid, List<Cell> cells, String marks) {}

    /** A plan in the ranking by evidence score; {@code marks} feeds the filter ({@link HtmlSummary#marks}). */
    public record RankRow(int rank, String label, String anchor, String score, int pass, int fail, int unmet, int flag, int na,
                          int low, String asOf, String marks) {}

    /** Requirements failed or unmet in the same number of plans. */
    public record Tie(int plans, String ids) {}

    /** One requirement's row of the requirement × plan view. */
    public record GridRow(String id, String title, List<Cell> cells) {}

    /** A matrix cell: its text ({@code 2F 5U}) and the class that colours it by its worst outcome. */
    public record Cell(String text, String css) {}


    /** A plan named in a summary list, linked to its section: "fail: S75-06; unmet: PG-01". */
    public record PlanLink(String label, String file, String anchor, String outcomes) {}

    public record Invalid(String file, String anchor, List<ErrorLine> errors) {}

    public record ErrorLine(String where, String message) {}

    /** One plan's section. Exactly one of {@code errors} (invalid) or the result lists is filled. */
    public record Plan(String anchor, String file, boolean valid, String name, String code, String asOf,
                       List<Count> counts, List<ErrorLine> errors,
                       List<Group> groups, List<Compact> compact, List<Note> notes, List<Statute> legalIndex,
                       List<Statute> legalBrief, boolean legalOnly, boolean nothingForLegal,
                       boolean open, String marks, String score, List<String> lowSources, List<String> changes) {
        public boolean anyChanges() { return !changes.isEmpty(); }
        public boolean anyLowSources() { return !lowSources.isEmpty(); }
        public boolean anyNotes() { return !notes.isEmpty(); }
        public boolean anyLegal() { return !legalIndex.isEmpty(); }
    }

    public record Count(String word, int n, String css) {}

    /** The results of one outcome, in full. */
    public record Group(String label, String css, int size, List<ResultView> results) {}

    /** The results of one outcome as ids only (pass, N/A). */
    public record Compact(String label, String css, int size, List<Id> ids) {}

    public record Id(String id, String anchor) {}

    /** A finding of a passing result worth a reader's eye. */
    public record Note(String id, String where, String message, String source) {}

    /**
     * Legal-review results under the statute cited: those that fail or flag, and in the brief those
     * not evidenced and those a defect left unknown, then the scope line (what passed, what did not apply).
     */
    public record Statute(String statute, List<ResultView> results, List<ResultView> unmet, List<ResultView> unknown, String scope) {
        public boolean anyReview() { return !results.isEmpty(); }
        public boolean anyUnmet() { return !unmet.isEmpty(); }
        public boolean anyUnknown() { return !unknown.isEmpty(); }
    }

    public record ResultView(String anchor, String id, String title, String outcome, String outcomeCss,
                             String severity, boolean legalReview, String confidence, boolean provisional,
                             List<FindingView> findings, boolean problem, String citation, String remedy) {
        public boolean anyFindings() { return !findings.isEmpty(); }
    }

    /**
     * {@code where} is {@code file:line:column}; {@code path} the YAML node, or the absent path
     * when {@code missing}; {@code tag} the finding's own outcome and severity where they differ
     * from its result's.
     */
    public record FindingView(String where, String path, boolean missing, String tag, String message,
                              List<Fact> facts, String rule, List<String> matched, List<String> words, String source,
                              String addUnder, String yaml, boolean sameYaml) {
        public boolean anyFacts() { return !facts.isEmpty(); }
        public boolean anyWords() { return !words.isEmpty(); }
    }

    public record Fact(String name, String value) {}
}
