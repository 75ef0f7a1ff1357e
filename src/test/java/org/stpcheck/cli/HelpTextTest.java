package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;

/**
 * The help a user reads first, pinned word for word: {@code stpcheck --help} and
 * {@code stpcheck check --help}, as picocli lays them out at its default width of 80 columns
 * without colour. A change to an option's name, order, default or description shows in the diff
 * of the saved text. After an intended change, regenerate the saved text with
 * {@code mvn test -Dtest=HelpTextTest -Dhelp.update=true} and commit the diff.
 */
class HelpTextTest {
    private static final Path SAVED = Path.of("src/test/resources/cli");
    /** The saved text is written in the root locale and is the same under these defaults. */
    private static final List<Locale> LOCALES = List.of(Locale.ROOT, Locale.UK, Locale.GERMANY, new Locale("tr", "TR"),
            new Locale("ar", "SA"), Locale.forLanguageTag("th-TH-u-nu-thai"));

    @Test
    void theTopLevelHelpIsTheSavedText() throws IOException {
        assertSaved("help.txt", "--help");
    }

    @Test
    void theHelpOfCheckIsTheSavedText() throws IOException {
        assertSaved("check-help.txt", "check", "--help");
    }

    private static void assertSaved(String file, String... args) throws IOException {
        Path saved = SAVED.resolve(file);
        String command = "stpcheck " + String.join(" ", args);
        if (Boolean.getBoolean("help.update")) Files.writeString(saved, help(Locale.ROOT, args));
        String expected = Files.readString(saved);
        assertThat(expected).as("%s is not help text", saved).startsWith("Usage: stpcheck ");
        for (Locale locale : LOCALES) {
            String name = Locale.ROOT.equals(locale) ? "root" : locale.toString();
            assertThat(help(locale, args)).as("%s (default locale %s) differs from %s; if the change is intended, "
                    + "rerun with -Dhelp.update=true and commit the diff", command, name, saved).isEqualTo(expected);
        }
    }

    /**
     * Standard output of a help run, with lines ended by {@code \n}, at picocli's default width and
     * without colour whatever the machine says: {@code picocli.usage.width} is cleared and
     * {@code picocli.ansi} set to false for the run, then both restored.
     */
    private static String help(Locale locale, String... args) {
        Locale before = Locale.getDefault();
        String width = System.clearProperty("picocli.usage.width");
        String ansi = System.setProperty("picocli.ansi", "false");
        Locale.setDefault(locale);
        try {
            TestSupport.CliRun run = TestSupport.cli(args);
            assertThat(run.code()).isEqualTo(Main.OK);
            assertThat(run.err()).isEmpty();
            return run.out().replace(System.lineSeparator(), "\n");
        } finally {
            Locale.setDefault(before);
            restore("picocli.usage.width", width);
            restore("picocli.ansi", ansi);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) System.clearProperty(property); else System.setProperty(property, value);
    }
}
