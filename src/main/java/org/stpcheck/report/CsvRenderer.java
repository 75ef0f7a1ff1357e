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
                    if (options.legalOnly() && !r.forLawyers()) continue;
                    csv.printRecord(neutralised(row(p, r, options.explain())));
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
        var req = r.requirement();
        List<Located> shown = r.shownFindings(explain);
        List<Located> problems = shown.stream().filter(l -> l.finding().outcome().isProblem()).toList();
        // Point at what the message talks about; a pass may still carry a note worth locating.
        Located first = !problems.isEmpty() ? problems.get(0) : shown.isEmpty() ? null : shown.get(0);
        return List.of(
                p.file(), nz(p.planId()), nz(p.footprintCode()), nz(p.footprintName()), String.valueOf(p.asOf()), "checked",
                req.id(), req.family(), req.title(), r.outcome().word(), r.severity().word(),
                String.valueOf(req.legalReview()), req.confidence().name(),
                String.valueOf(shown.size()), first == null ? "" : String.valueOf(first.line()),
                String.join(" | ", problems.stream().map(l -> l.finding().message()).toList()),
                first == null ? "" : first.missing() != null ? first.missing() : first.path());
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
