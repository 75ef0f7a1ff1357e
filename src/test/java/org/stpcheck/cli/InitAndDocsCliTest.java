package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.load.PlanLoader;

/** {@code init}, {@code docs} and {@code explain} as a plan author drives them. */
class InitAndDocsCliTest {

    static List<String> footprintCodes() throws IOException {
        List<String> codes = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("plans"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Files.readAllLines(p).stream().map(String::strip).filter(l -> l.startsWith("code: E54"))
                        .findFirst().ifPresent(l -> codes.add(l.substring("code: ".length()).strip()));
            }
        }
        return codes;
    }

    @Test
    void initWithoutAFootprintWritesEveryKeyAndAPlanThatLoadsWithItsFactsUnmet(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("draft.yaml");
        TestSupport.CliRun r = TestSupport.cli("init", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(out);
        assertThat(new PlanLoader().load(out).errors()).isEmpty();
        // every key of the format is named, the unknown ones as comments with a placeholder
        for (var k : org.stpcheck.load.FormatDocs.keys()) {
            assertThat(text).as(k.path()).containsPattern("(?m)^\\s*(# )?\\s*(- )?" + k.key() + ":");
        }
        assertThat(text).containsPattern("(?m)^#\\s+ratified_date: <the date NHS England and NHS Improvement ratified the lead's appointment, YYYY-MM-DD>  # read by PG-04$");
        assertThat(text).containsPattern("(?m)^#\\s+sector: <the sector of the lead's home organisation - one of the values listed>  # read by PG-03; one of: commissioner, provider, local_government$");
        PlanReport report = TestSupport.checkOne(out);
        assertThat(TestSupport.result(report, "PG-03").outcome().word()).isEqualTo("unmet");
        assertThat(report.results()).noneMatch(res -> res.outcome().word().equals("pass") && !res.requirement().id().equals("PG-02"));
    }

    @Test
    void initForEachOfThe44FootprintsLoadsAndKeepsTheFootprintsFacts(@TempDir Path dir) throws IOException {
        List<String> codes = footprintCodes();
        assertThat(codes).hasSize(44);
        for (String code : codes) {
            Path out = dir.resolve(code + ".yaml");
            TestSupport.CliRun r = TestSupport.cli("init", "--footprint", code, "-o", out.toString());
            assertThat(r.code()).as(code + ": " + r.err()).isZero();
            PlanLoader.LoadedPlan loaded = new PlanLoader().load(out);
            assertThat(loaded.errors()).as(code).isEmpty();
            assertThat(loaded.plan().footprint().code()).isEqualTo(code);
        }
    }

    @Test
    void initFindsAFootprintByNameInAnyCaseAndRefusesAnUnknownOne() {
        TestSupport.CliRun byName = TestSupport.cli("init", "--footprint", "cornwall and the isles of scilly");
        assertThat(byName.code()).isZero();
        assertThat(byName.out()).contains("code: E54000036", "ccg_kernow");
        TestSupport.CliRun unknown = TestSupport.cli("init", "--footprint", "E54999999");
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("no footprint");
    }

    @Test
    void initNeverOverwritesAFileUnlessForced(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("mine.yaml"), "my own work\n");
        TestSupport.CliRun refused = TestSupport.cli("init", "-o", out.toString());
        assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("exists", "--force");
        assertThat(Files.readString(out)).isEqualTo("my own work\n");
        TestSupport.CliRun forced = TestSupport.cli("init", "--footprint", "E54000036", "-o", out.toString(), "--force");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(out)).contains("E54000036");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("mine.yaml"); // no temporary file left
        }
    }

    @Test
    void initPointsTheEditorAtTheRepositorysSchema(@TempDir Path dir) {
        assertThat(InitCommand.schemaFrom(Path.of("plans").toAbsolutePath())).isEqualTo("../schema/plan-format-v1.schema.json");
        assertThat(InitCommand.schemaFrom(dir)).isNull();
    }

    @Test
    void explainShowsTheKeysARequirementReadsAndAPlanThatPassesIt() {
        TestSupport.CliRun r = TestSupport.cli("explain", "PG-03");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Keys it reads", "  governance.lead.sector", "A plan that passes (rules/PG/PG-03/tests/",
                "    lead:", "      name: Jordan Hale");
        TestSupport.CliRun never = TestSupport.cli("explain", "ENG-05");
        assertThat(never.out()).contains("A plan where it does not apply (it never passes)");
    }

    @Test
    void docsWritesThePagesTheRepositoryCommits(@TempDir Path dir) throws IOException {
        TestSupport.CliRun r = TestSupport.cli("docs", "--output", dir.resolve("rules").toString(),
                "--plan-format", dir.resolve("plan-format.md").toString(), "--schema", dir.resolve("schema.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (String page : List.of("README.md", "PG.md", "RECONF.md", "ACS.md", "S75.md", "COMP.md", "ENG.md")) {
            assertThat(Files.readString(dir.resolve("rules").resolve(page))).isEqualTo(Files.readString(Path.of("docs/rules").resolve(page)));
        }
        assertThat(Files.readString(dir.resolve("plan-format.md"))).isEqualTo(Files.readString(Path.of("docs/plan-format.md")));
        assertThat(Files.readString(dir.resolve("schema.json"))).isEqualTo(Files.readString(Path.of("schema/plan-format-v1.schema.json")));
    }
}
