package org.stpcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.findings.Suggestions;
import org.stpcheck.load.Suggestion;

/**
 * One row per plan × selected requirement, for spreadsheets: filter by outcome, pivot by family.
 * RFC 4180 quoting (commons-csv), so messages with commas, quotes or line breaks stay in their cell.
 * An invalid plan is one row with status {@code invalid} and its errors, so no plan silently drops
 * out of a pivot. With {@code --legal} only the results a lawyer must review are written, as in JSON.
 * Rows are written as each plan arrives; every cell is {@linkplain #neutralise neutralised} against
 * formula injection.
 */
public final class CsvRenderer implements Renderer {
    static final String[] HEADER = {
        "file", "plan_id", "footprint_code", "footprint_name", "as_of", "status",
        "requirement", "family", "title", "outcome", "severity", "legal_review", "confidence",
        "findings", "line", "message", "path",
        "column", "citation", "remedy", "source", "source_confidence", "suggestion_path",
    };

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();

    @Override
    public PlanWriter open(RunHeader run, Options options, Writer out) throws IOException {
        // The printer is not closed: the writer belongs to the caller (it may be standard output).
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        return new PlanWriter() {
            @Override
            public void plan(PlanReport p) throws IOException {
                if (!p.valid()) {
                    csv.printRecord(neutralised(invalid(p)));
                    return;
                }
                for (Result r : p.results()) {
                    if (options.legalOnly() && !r.forLegalBrief()) continue;
                    if (!options.findingRows()) {
                        csv.printRecord(neutralised(row(p, r, options.explain())));
                        continue;
                    }
                    // --csv-rows findings: one row per finding; a result without one still has its row
                    List<Located> shown = r.shownFindings(options.explain());
                    if (shown.isEmpty()) csv.printRecord(neutralised(row(p, r, List.of(), null, List.of(), false)));
                    for (Located l : shown) csv.printRecord(neutralised(row(p, r, List.of(l), l, List.of(l), true)));
                }
            }

            @Override
            public void finish(RunSummary run) throws IOException {
                csv.flush();
            }
        };
    }

    /**
     * OWASP's defence against formula injection: a cell that a spreadsheet would read as a formula
     * — it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return — gets
     * a leading single quote, so it is shown as text. A plain number ({@code -20}, {@code -3.5})
     * is left as it is: it cannot be a formula, and a negative figure stays a number to sort and
     * sum. File names are cells like any other.
     */
    static String neutralise(String cell) {
        if (cell.isEmpty() || FORMULA_START.indexOf(cell.charAt(0)) < 0) return cell;
        return PLAIN_NUMBER.matcher(cell).matches() ? cell : "'" + cell;
    }

    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private static List<String> neutralised(List<String> row) {
        return row.stream().map(CsvRenderer::neutralise).toList();
    }

    private static List<String> row(PlanReport p, Result r, boolean explain) {
        List<Located> shown = r.shownFindings(explain);
        List<Located> problems = shown.stream().filter(l -> l.finding().outcome().isProblem()).toList();
        // Point at what the message talks about; a pass may still carry a note worth locating.
        Located first = !problems.isEmpty() ? problems.get(0) : shown.isEmpty() ? null : shown.get(0);
        return row(p, r, problems, first, shown, false);
    }

    /**
     * A row of {@code r}: {@code messages} joined in its message cell, located at {@code first}.
     * In a finding row the outcome and severity are the finding's own; {@code findings} is then 1.
     * {@code source_confidence} is the lowest confidence among the sources its findings rest on.
     */
    private static List<String> row(PlanReport p, Result r, List<Located> messages, Located first, List<Located> shown,
                                    boolean perFinding) {
        var req = r.requirement();
        Located sourced = shown.stream().filter(l -> l.source() != null)
                .min(java.util.Comparator.comparingInt(l -> rank(l.source().confidence()))).orElse(null);
        Suggestion suggestion = first == null ? null : Suggestions.of(first, req).orElse(null);
        List<String> row = new ArrayList<>(List.of(
                p.file(), nz(p.planId()), nz(p.footprintCode()), nz(p.footprintName()), String.valueOf(p.asOf()), "checked",
                req.id(), req.family(), req.title(),
                perFinding ? first.finding().outcome().word() : r.outcome().word(),
                perFinding ? first.finding().severity().word() : r.severity().word(),
                String.valueOf(req.legalReview()), req.confidence().name(),
                String.valueOf(shown.size()),
                first == null ? "" : String.valueOf(first.line()),
                String.join(" | ", messages.stream().map(l -> l.finding().message()).toList()),
                first == null ? "" : first.missing() != null ? first.missing() : first.path()));
        row.addAll(List.of(first == null ? "" : String.valueOf(first.column()), req.citation(), req.remedy(),
                sourced == null ? "" : sourced.source().id(), sourced == null || sourced.source().confidence() == null ? "" : sourced.source().confidence(),
                suggestion == null ? "" : suggestion.path()));
        return row;
    }

    private static int rank(String confidence) {
        return confidence == null ? 3 : switch (confidence) {
            case "low" -> 0;
            case "medium" -> 1;
            case "high" -> 2;
            default -> 3;
        };
    }

    private static List<String> invalid(PlanReport p) {
        List<String> row = new ArrayList<>();
        for (String column : HEADER) {
            row.add(switch (column) {
                case "file" -> p.file();
                case "status" -> "invalid";
                case "line" -> p.errors().isEmpty() ? "" : String.valueOf(p.errors().get(0).line());
                case "message" -> String.join(" | ", p.errors().stream().map(e -> e.format(p.file())).toList());
                case "path" -> p.errors().isEmpty() ? "" : p.errors().get(0).path();
                default -> "";
            });
        }
        return row;
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
