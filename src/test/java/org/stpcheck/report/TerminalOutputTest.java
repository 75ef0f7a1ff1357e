package org.stpcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;
import org.stpcheck.cli.Main;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.RunReport;
import org.stpcheck.findings.Selection;

/** Issue 8 item 5: the text report fits the terminal, and colours outcomes only on a terminal. */
class TerminalOutputTest {

    static String text(RunReport run, Renderer.Options options) {
        StringWriter out = new StringWriter();
        try {
            new TextRenderer().render(run, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<String> tooWide(String report, int width) {
        return report.lines().filter(l -> l.codePointCount(0, l.length()) > width).toList();
    }

    static List<Path> plans() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("plans"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void noLineOfTheReportsOfThe44PlansAndTheExamplesIsWiderThan80() throws IOException {
        Renderer.Options eighty = Renderer.Options.plain().on(new Terminal(80, false));
        List<Path> files = new ArrayList<>(plans());
        assertThat(files).hasSize(44);
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/examples"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            RunReport one = TestSupport.check(f);
            assertThat(tooWide(text(one, eighty), 80)).as(f.toString()).isEmpty();
            assertThat(tooWide(text(one, new Renderer.Options(false, true).on(new Terminal(80, false))), 80)).as(f + " --legal").isEmpty();
        }
        String batch = text(TestSupport.checker().check(plans(), Selection.all()), eighty);
        assertThat(batch).contains("Plans by evidence score", "Which plans lack which evidence");
        assertThat(tooWide(batch, 80)).isEmpty();
        // a wider terminal is used when COLUMNS says so
        String wide = text(TestSupport.checker().check(plans(), Selection.all()), eighty.on(new Terminal(120, false)));
        assertThat(tooWide(wide, 120)).isEmpty();
        assertThat(wide.lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(80);
    }

    @Test
    void theWidthAndColourAreDecidedFromTheEnvironmentAndTheTerminal() {
        assertThat(Terminal.decide(Map.of(), true, false)).isEqualTo(new Terminal(80, true));
        assertThat(Terminal.decide(Map.of(), false, false)).isEqualTo(new Terminal(80, false));         // a pipe
        assertThat(Terminal.decide(Map.of(), true, true)).isEqualTo(new Terminal(80, false));           // -o FILE
        assertThat(Terminal.decide(Map.of("NO_COLOR", "1"), true, false).colour()).isFalse();
        assertThat(Terminal.decide(Map.of("NO_COLOR", ""), true, false).colour()).isTrue();           // no-color.org: set and not empty
        assertThat(Terminal.decide(Map.of("COLUMNS", "132"), true, false).width()).isEqualTo(132);
        assertThat(Terminal.decide(Map.of("COLUMNS", "132"), true, true).width()).isEqualTo(80);      // a file is read anywhere
        assertThat(Terminal.decide(Map.of("COLUMNS", "wide"), true, false).width()).isEqualTo(80);
        assertThat(Terminal.decide(Map.of("COLUMNS", "3"), true, false).width()).isEqualTo(80);
    }

    @Test
    void outcomesAreColouredOnlyWhenColourIsOn() {
        RunReport one = Reports.run(Reports.plan("alpha", "Alpha", Outcome.UNMET, Outcome.PASS, Outcome.FAIL));
        String coloured = text(one, Renderer.Options.plain().on(new Terminal(80, true)));
        assertThat(coloured).contains("\u001B[1;31mFAIL\u001B[0m (1)", "\u001B[1;33mUNMET\u001B[0m (1)", "\u001B[32mPASS\u001B[0m (1)");
        assertThat(tooWide(coloured.replaceAll("\u001B\\[[0-9;]*m", ""), 80)).isEmpty();
        String plain = text(one, Renderer.Options.plain().on(new Terminal(80, false)));
        assertThat(plain).doesNotContain("\u001B").contains("\nFAIL (1)\n");
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void aReportWrittenToAFileOrAPipeHasNoColour(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("r.txt");
        assertThat(Main.run("check", TestSupport.MINIMAL.toString(), "-o", out.toString(), "--fail-on", "never")).isEqualTo(Main.OK);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).doesNotContain("\u001B").contains("UNMET (");
        assertThat(TestSupport.cli("check", TestSupport.MINIMAL.toString(), "--fail-on", "never").out()).doesNotContain("\u001B");
    }

    @Test
    void theYamlToAddIsIndentedUnderItsFindingAndMeansWhatTheSnippetSays() throws IOException {
        String report = text(TestSupport.check(TestSupport.MINIMAL), Renderer.Options.plain());
        assertThat(report).contains("      add under `plan:`\n        period_start: <");
        // every block, however it was folded to fit 80 columns, reads as the same YAML as the snippet
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        var p = TestSupport.checkOne(TestSupport.MINIMAL);
        int blocks = 0;
        for (var r : p.results()) {
            for (var l : r.shownFindings(false)) {
                var s = org.stpcheck.findings.Suggestions.of(l, r.requirement());
                if (s.isEmpty()) continue;
                List<String> lines = YamlBlock.lines(s.get().yaml(), 8, 80);
                assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
                String pasted = String.join("\n", lines.stream().map(x -> x.substring(8)).toList());
                JsonNode folded;
                try {
                    folded = yaml.readTree(pasted);
                } catch (IOException e) {
                    throw new AssertionError(pasted + "\n---\n" + s.get().yaml(), e);
                }
                assertThat(folded).as(pasted).isEqualTo(yaml.readTree(s.get().yaml()));
                blocks++;
            }
        }
        assertThat(blocks).isGreaterThan(5);
    }
}
