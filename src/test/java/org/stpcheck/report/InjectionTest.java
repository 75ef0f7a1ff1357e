package org.stpcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.load.TerminalSafe;

/**
 * Issue 7 item 4: what a plan says (and what its file is called) cannot run as a formula in a
 * spreadsheet or act on a terminal.
 */
class InjectionTest {
    /** Anything a terminal may act on: C0 controls but the line feed, DEL, C1, separators, bidi controls, BOM. */
    static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\uFEFF]");

    @Test
    void theEscapesAreVisibleAndTextWithoutControlsIsUnchanged() {
        assertThat(TerminalSafe.escape("red \u001b[31m bell \u0007 nul \u0000 del \u007f c1 \u009b"))
                .isEqualTo("red \\e[31m bell \\x07 nul \\x00 del \\x7F c1 \\x9B");
        assertThat(TerminalSafe.escape("line\nfeed\rreturn\ttab")).isEqualTo("line\\nfeed\\rreturn\\ttab");
        assertThat(TerminalSafe.escape("a\u2028b\u2029c\u202Ed\u2066e\uFEFF")).isEqualTo("a\\u2028b\\u2029c\\u202Ed\\u2066e\\uFEFF");
        String plain = "Bath, Swindon & Wiltshire — £231m “quoted” C:\\plans é 😀";
        assertThat(TerminalSafe.escape(plain)).isSameAs(plain);
        assertThat(TerminalSafe.escape(TerminalSafe.escape("\u001b[31m"))).as("escaping twice changes nothing").isEqualTo("\\e[31m");
    }

    @Test
    void csvCellsASpreadsheetWouldReadAsFormulasGetALeadingQuote() {
        assertThat(CsvRenderer.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvRenderer.neutralise("+SUM(A1:A9)")).isEqualTo("'+SUM(A1:A9)");
        assertThat(CsvRenderer.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvRenderer.neutralise("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(CsvRenderer.neutralise("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvRenderer.neutralise("\rcmd")).isEqualTo("'\rcmd");
        assertThat(CsvRenderer.neutralise("-")).isEqualTo("'-");
        // a plain number cannot be a formula: a negative figure stays a number
        assertThat(CsvRenderer.neutralise("-20")).isEqualTo("-20");
        assertThat(CsvRenderer.neutralise("-3.5")).isEqualTo("-3.5");
        assertThat(CsvRenderer.neutralise("Wessex Vale")).isEqualTo("Wessex Vale");
        assertThat(CsvRenderer.neutralise("")).isEmpty();
    }

    @Test
    void hostileFileNamesAndPlanTextAreNeutralisedInEveryCsvCell() throws IOException {
        PlanReport p = new PlanReport("=cmd|' /C calc'!A0.yaml", true, "x", "E54000001", "@evil", Reports.AS_OF, List.of(),
                List.of(Reports.result(Reports.PG_03, Outcome.FAIL, Reports.finding(Reports.PG_03, Outcome.FAIL, "-2+3 is not a lead", 7))));
        PlanReport invalid = new PlanReport("+invalid.yaml", false, null, null, null, null,
                List.of(new org.stpcheck.load.LoadError(2, 1, "plan.id", "bad")), List.of());
        String csv = Reports.render(new CsvRenderer(), Reports.run(p, invalid));
        List<CSVRecord> rows = CsvRendererTest.parse(csv);
        assertThat(rows.get(0).get("file")).isEqualTo("'+invalid.yaml");
        assertThat(rows.get(0).get("message")).isEqualTo("'+invalid.yaml:2:1: plan.id: bad");
        assertThat(rows.get(1).get("file")).isEqualTo("'=cmd|' /C calc'!A0.yaml");
        assertThat(rows.get(1).get("footprint_name")).isEqualTo("'@evil");
        assertThat(rows.get(1).get("message")).isEqualTo("'-2+3 is not a lead");
        assertThat(rows.get(1).get("line")).isEqualTo("7");
        for (CSVRecord row : rows) for (String cell : row) assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
    }

    /**
     * A plan whose name carries escape sequences, in a file whose name does too, beside a plan that
     * does not load because of a key that does: no report meant for people, and nothing on
     * standard error, passes a control character through raw; each is shown escaped.
     */
    @Test
    void controlCharactersInPlansAndFileNamesNeverReachATerminalRaw(@TempDir Path dir) throws IOException {
        String hostile = "Evil\\e[31m Red\\a\\x00 \\u2028 \\u202E \\x9B2J";
        String plan = Files.readString(TestSupport.EXAMPLE).replace("\n  name: Wessex Vale\n", "\n  name: \"" + hostile + "\"\n");
        assertThat(plan).contains(hostile);
        Path good = dir.resolve("evil\u001b[31m\u0007.yaml");
        Files.writeString(good, plan);
        Path bad = dir.resolve("bad\u001b]0;owned\u0007.yaml");
        Files.writeString(bad, "format_version: 1\nplan: {id: b, name: B, as_of: 2017-10-01}\nfootprint: {name: B, \"na\\eme\": x}\n");
        for (String[] args : List.of(
                new String[] {"check", dir.toString()},
                new String[] {"check", dir.toString(), "--explain"},
                new String[] {"check", dir.toString(), "--legal"},
                new String[] {"check", good.toString()},
                new String[] {"check", dir.toString(), "--format", "markdown"},
                new String[] {"check", dir.toString(), "--format", "html"},
                new String[] {"check", dir.toString(), "--format", "json"})) {
            TestSupport.CliRun r = TestSupport.cli(args);
            String what = String.join(" ", args).replace(dir.toString(), "DIR");
            assertThat(r.code()).as(what).isIn(2, 4);
            assertThat(RAW_CONTROL.matcher(r.out()).find()).as("stdout of %s", what).isFalse();
            assertThat(RAW_CONTROL.matcher(r.err()).find()).as("stderr of %s", what).isFalse();
            if (args[1].equals(dir.toString())) assertThat(r.err()).as(what).contains("bad\\e]0;owned\\x07.yaml");
        }
        TestSupport.CliRun text = TestSupport.cli("check", good.toString(), "--fail-on", "never");
        // the header wraps at 80 columns; joined again, it reads as written, escaped
        assertThat(text.out().replaceAll("\n +", " ")).contains("evil\\e[31m\\x07.yaml — Evil\\e[31m Red\\x07\\x00 \\u2028 \\u202E \\x9B2J (E54000999)");
        TestSupport.CliRun json = TestSupport.cli("check", good.toString(), "--format", "json", "--fail-on", "never");
        assertThat(json.out()).as("JSON escapes them as JSON does, readable back as the same text")
                .contains("\"name\" : \"Evil\\u001B[31m Red\\u0007\\u0000 \\u2028 \\u202E \\u009B2J\"");
    }
}
