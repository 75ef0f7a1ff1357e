package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;

/**
 * A report is the same bytes on any machine: the JVM's default locale (a Turkish, Arabic, German or
 * Thai desktop) changes no letter, digit or separator of it. Before this test, a Turkish machine
 * wrote outcomes as {@code "faıl"} in the JSON contract and failed {@code --fail-on info} with an
 * internal error; a German one wrote {@code £1.095.000.000}; an Arabic one wrote years as
 * {@code 2017/١٨}. Amounts are written the UK way ({@code £1,095,000,000}) everywhere.
 */
class LocaleIndependenceTest {
    private static final String EXAMPLE = "src/test/resources/examples/wessex-vale.yaml";
    /** Dotless i, comma decimals, Arabic-Indic digits, Thai digits, narrow no-break space grouping. */
    private static final List<Locale> FOREIGN = List.of(new Locale("tr", "TR"), new Locale("ar", "SA"), Locale.GERMANY,
            Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.FRANCE);

    @Test
    void everyReportIsTheSameUnderAnyDefaultLocale() throws IOException {
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"check", EXAMPLE, "--explain", "--fail-on", "info"});
        runs.add(new String[] {"check", EXAMPLE, "--format", "json", "--fail-on", "info"});
        runs.add(new String[] {"check", "plans", "--format", "csv", "--csv-rows", "findings"});
        List<String> everyFixture = new ArrayList<>(List.of("check", "--explain", "--fail-on", "never"));
        everyFixture.addAll(fixtures());
        runs.add(everyFixture.toArray(String[]::new));

        List<TestSupport.CliRun> expected = new ArrayList<>();
        for (String[] args : runs) expected.add(inLocale(Locale.UK, args));
        assertThat(expected.get(0).out()).as("amounts written the UK way").contains("£1,095,000,000");
        for (Locale locale : FOREIGN) {
            for (int i = 0; i < runs.size(); i++) {
                TestSupport.CliRun run = inLocale(locale, runs.get(i));
                String what = locale + ": " + String.join(" ", List.of(runs.get(i)).subList(0, 4));
                assertThat(run.code()).as("%s: exit code", what).isEqualTo(expected.get(i).code());
                assertThat(run.err()).as("%s: diagnostics", what).isEqualTo(expected.get(i).err());
                assertThat(run.out()).as("%s: report", what).isEqualTo(expected.get(i).out());
            }
        }
    }

    /**
     * The rules' own formatting, including functions no fixture reaches: every {@code String.format}
     * in the DRL names its locale, so that policy staff who add one see the pattern to follow.
     */
    @Test
    void everyFormatInTheRulesNamesItsLocale() throws IOException {
        Pattern format = Pattern.compile("String\\.format\\(\\s*([^,)]*)");
        List<String> unnamed = new ArrayList<>();
        int[] formats = {0};
        eachLine(TestSupport.RULES_DIR, ".drl", (at, line) -> {
            Matcher m = format.matcher(line);
            while (m.find()) {
                formats[0]++;
                if (!m.group(1).contains("Locale.")) unnamed.add(at + ": " + line.strip());
            }
        });
        assertThat(formats[0]).as("the rules format numbers somewhere, or this test looks at nothing").isGreaterThan(10);
        assertThat(unnamed).as("String.format without a locale (write String.format(java.util.Locale.UK, ...))").isEmpty();
    }

    /**
     * Our own code cases words and ids in {@code Locale.ROOT}: a {@code toUpperCase()} without a
     * locale makes every {@code i} a dotted {@code İ} on a Turkish machine (so a family or id typed
     * in lower case stops matching), and a method reference ({@code String::toUpperCase}) hides the
     * same call.
     */
    @Test
    void ourCodeCasesWordsInTheRootLocale() throws IOException {
        Pattern defaultCase = Pattern.compile("to(Upper|Lower)Case\\(\\)|String::to(Upper|Lower)Case");
        List<String> found = new ArrayList<>();
        int files = eachLine(Path.of("src/main/java"), ".java", (at, line) -> {
            if (defaultCase.matcher(line).find()) found.add(at + ": " + line.strip());
        });
        assertThat(files).as("the sources are where this test looks").isGreaterThan(100);
        assertThat(found).as("casing in the default locale (write toUpperCase(Locale.ROOT))").isEmpty();
    }

    /** Calls {@code each} with "file:line" and the text of every line of the files under {@code root} ending in {@code suffix}; returns how many files. */
    private static int eachLine(Path root, String suffix, BiConsumer<String, String> each) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) each.accept(f + ":" + (i + 1), lines.get(i));
        }
        return files.size();
    }

    private static List<String> fixtures() throws IOException {
        try (Stream<Path> s = Files.walk(TestSupport.RULES_DIR)) {
            return s.filter(p -> p.toString().endsWith(".yaml") && p.getParent() != null && p.getParent().getFileName().toString().equals("tests"))
                    .map(Path::toString).sorted().toList();
        }
    }

    private static TestSupport.CliRun inLocale(Locale locale, String... args) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return TestSupport.cli(args);
        } finally {
            Locale.setDefault(before);
        }
    }
}
