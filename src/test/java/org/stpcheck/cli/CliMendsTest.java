package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;

/** What a new user hit (issue 10 item 8): option case, mistyped options, a broken DRL file. */
class CliMendsTest {
    static final String EXAMPLE = CliTest.EXAMPLE;

    @Test
    void optionValuesAreCaseInsensitive() {
        TestSupport.CliRun lower = TestSupport.cli("check", EXAMPLE, "--format", "json", "--fail-on", "warning", "--family", "pg");
        TestSupport.CliRun upper = TestSupport.cli("check", EXAMPLE, "--format", "JSON", "--fail-on", "WARNING", "--family", "Pg");
        assertThat(upper.code()).isEqualTo(lower.code()).isEqualTo(Main.FINDINGS);
        assertThat(upper.out()).isEqualTo(lower.out());
        assertThat(TestSupport.cli("check", EXAMPLE, "--format", "HTML").out()).startsWith("<!DOCTYPE html>");
        assertThat(TestSupport.cli("check", EXAMPLE, "--format", "Sarif").out()).contains("\"version\" : \"2.1.0\"");
        assertThat(TestSupport.cli("check", EXAMPLE, "--fail-on", "Never").code()).isEqualTo(Main.OK);
        TestSupport.CliRun spaced = TestSupport.cli("check", EXAMPLE, "--format", "json", "--fail-on", " Warning ", "--family", "pg");
        assertThat(spaced.code()).isEqualTo(Main.FINDINGS);
        assertThat(spaced.out()).isEqualTo(lower.out());
        TestSupport.CliRun level = TestSupport.cli("check", EXAMPLE, "--fail-on", "bogus");
        assertThat(level.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(level.err()).isEqualTo("stpcheck: --fail-on bogus: expected error, warning, info or never\n");
        TestSupport.CliRun bad = TestSupport.cli("check", EXAMPLE, "--format", "xml");
        assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.err()).contains("expected text, json, csv, markdown, html, sarif, junit");
    }

    @Test
    void anUnknownOptionGetsADidYouMeanAndAShortUsageLine() {
        TestSupport.CliRun r = TestSupport.cli("check", EXAMPLE, "--fromat", "json");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("""
                stpcheck: Unknown option: '--fromat'
                Did you mean: --format?
                Usage: stpcheck check [OPTIONS] FILE|DIR...
                Try 'stpcheck check --help' for more information.
                """);
        assertThat(TestSupport.cli("check", EXAMPLE, "--legl").err()).contains("--legal").doesNotContain("--explain");
        TestSupport.CliRun command = TestSupport.cli("chek", EXAMPLE);
        assertThat(command.err()).contains("stpcheck check", "Usage: stpcheck COMMAND [OPTIONS]").doesNotContain("Exit codes");
    }

    @Test
    void aBrokenDrlFileGivesOnlyTheToolsMessage(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        try (Stream<Path> all = Files.walk(TestSupport.RULES_DIR)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path to = rules.resolve(TestSupport.RULES_DIR.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to); else Files.copy(p, to);
            }
        }
        Path drl = rules.resolve("PG/PG-03/PG-03.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("then", "then garbage("));
        // Drools logs through slf4j-simple straight to System.err, so that is where its lines would appear
        PrintStream saved = System.err;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        TestSupport.CliRun r;
        try {
            System.setErr(new PrintStream(raw, true, StandardCharsets.UTF_8));
            r = TestSupport.cli("check", "--rules", rules.toString(), CliTest.MINIMAL);
        } finally {
            System.setErr(saved);
        }
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("stpcheck: the rules do not compile:", drl + ":");
        assertThat(raw.toString(StandardCharsets.UTF_8) + r.err()).doesNotContain("KieProject", "ERROR org.drools", "Unable to build KieBaseModel");
    }
}
