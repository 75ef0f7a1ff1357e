package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.stpcheck.TestSupport;
import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.RuleSource;
import org.stpcheck.engine.Outcome;
import org.stpcheck.engine.RuleBase;
import org.stpcheck.findings.Checker;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunReport;
import org.stpcheck.findings.Selection;
import org.stpcheck.report.Renderer;
import org.stpcheck.report.Renderers;

/**
 * A run never crashes on what it is given: repeated plan ids, a file named twice, special files in
 * a directory, and rules that throw (issue 7 item 1 and item 5, the command-line side).
 */
class RunRobustnessTest {
    static final Path EXAMPLE = TestSupport.EXAMPLE;

    /** Below eight files the run is sequential, at eight and above parallel: both used to differ here. */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 7, 8})
    void filesSharingAPlanIdAreAllReportedTheFirstCheckedTheOthersInvalid(int copies, @TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("check"));
        for (int i = 0; i < copies; i++) {
            Path f = dir.resolve("copy-" + i + ".yaml");
            Files.copy(EXAMPLE, f);
            args.add(f.toString());
        }
        args.addAll(List.of("--format", "json"));
        TestSupport.CliRun r = TestSupport.cli(args.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).doesNotContain("internal error", "Exception");
        JsonNode plans = new ObjectMapper().readTree(r.out()).get("plans");
        assertThat(plans).hasSize(copies);
        assertThat(plans.get(0).get("status").asText()).isEqualTo("checked");
        for (int i = 1; i < copies; i++) {
            assertThat(plans.get(i).get("status").asText()).isEqualTo("invalid");
            assertThat(plans.get(i).at("/errors/0/message").asText())
                    .endsWith("plan.id: plan id \"wessex_vale\" is already used by " + dir.resolve("copy-0.yaml"));
        }
    }

    @Test
    void aFileNamedTwiceIsCheckedOnceAndTheRunSaysSo(@TempDir Path dir) throws IOException {
        Path plans = dir.resolve("plans");
        Files.createDirectories(plans);
        Path plan = plans.resolve("a.yaml");
        Files.copy(EXAMPLE, plan);
        // the same path twice, another spelling of it, and the directory holding it
        TestSupport.CliRun r = TestSupport.cli("check", plan.toString(), plan.toString(), plans.resolve(".").resolve("a.yaml").toString(),
                plans.toString(), "--format", "json", "--fail-on", "never");
        assertThat(r.code()).isEqualTo(Main.OK);
        assertThat(new ObjectMapper().readTree(r.out()).get("plans")).hasSize(1);
        assertThat(r.err().lines().filter(l -> l.contains("named twice")).count()).isEqualTo(3);
        assertThat(r.err()).contains("checked once").doesNotContain("already used");
    }

    @Test
    void specialEntriesInADirectoryAreSkippedWithWhatTheyAreAndNeverOpened(@TempDir Path dir) throws Exception {
        Files.copy(EXAMPLE, dir.resolve("good.yaml"));
        Path fifo = dir.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Files.createSymbolicLink(dir.resolve("device.yaml"), Path.of("/dev/null"));
        Files.createSymbolicLink(dir.resolve("loop.yaml"), dir.resolve("loop.yaml"));
        Files.createSymbolicLink(dir.resolve("broken.yaml"), dir.resolve("missing-target"));
        Files.createDirectories(dir.resolve("folder.yaml"));
        Files.writeString(dir.resolve("notes.txt"), "not a plan");
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(dir.resolve("socket.yaml")));
            // a FIFO with no writer blocks whoever opens it: the run must finish without opening it
            TestSupport.CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> TestSupport.cli("check", dir.toString(), "--format", "json", "--fail-on", "never"));
            assertThat(r.code()).as("a skipped entry is input that was not checked").isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).contains(
                    dir.resolve("pipe.yaml") + ": skipped, a FIFO (named pipe)",
                    dir.resolve("device.yaml") + ": skipped, a character device",
                    dir.resolve("loop.yaml") + ": skipped, a symbolic link loop",
                    dir.resolve("broken.yaml") + ": skipped, a broken symbolic link",
                    dir.resolve("folder.yaml") + ": skipped, a folder",
                    dir.resolve("socket.yaml") + ": skipped, a socket");
            assertThat(r.err()).doesNotContain("notes.txt");
            JsonNode plans = new ObjectMapper().readTree(r.out()).get("plans");
            assertThat(plans).hasSize(1);
            assertThat(plans.get(0).get("file").asText()).isEqualTo(dir.resolve("good.yaml").toString());
        }
    }

    @Test
    void anUnreadableEntryIsSkippedNotOpened(@TempDir Path dir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root: permissions do not stop root from reading, so there is nothing to skip");
        Files.copy(EXAMPLE, dir.resolve("good.yaml"));
        Path secret = dir.resolve("secret.yaml");
        Files.copy(EXAMPLE, secret);
        Files.setPosixFilePermissions(secret, java.util.Set.of());
        TestSupport.CliRun r = TestSupport.cli("check", dir.toString(), "--fail-on", "never");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(secret + ": skipped, not readable (permission denied)");
    }

    /**
     * The batch test of issue 7: a rule (tagged with a real requirement) throws in its consequence
     * for one plan among 44. That plan gets one internal-error result, the run exits 1, and the
     * other 43 reports are byte for byte those of a run without the throwing rule.
     */
    @Test
    void aRuleThatThrowsForOnePlanCostsOnlyThatPlanThatResult(@TempDir Path dir) throws IOException {
        Path rules = copyOfTheRules(dir);
        Files.writeString(rules.resolve("PG/PG-03/PG-03-throws.drl"), CONSEQUENCE_THROWS);
        TestSupport.CliRun with = TestSupport.cli("check", "plans", "--rules", rules.toString(), "--format", "json");
        TestSupport.CliRun without = TestSupport.cli("check", "plans", "--format", "json");
        assertThat(with.code()).isEqualTo(Main.INTERNAL);
        assertThat(without.code()).isNotEqualTo(Main.INTERNAL);
        assertThat(with.err()).contains("stpcheck: internal error: plans/devon.yaml: the result of PG-03 is unknown");
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(with.out()).get("plans");
        JsonNode b = json.readTree(without.out()).get("plans");
        assertThat(a).hasSize(44);
        int internal = 0;
        for (int i = 0; i < a.size(); i++) {
            String file = a.get(i).get("file").asText();
            if (!file.equals("plans/devon.yaml")) {
                assertThat(json.writeValueAsString(a.get(i))).as(file).isEqualTo(json.writeValueAsString(b.get(i)));
                continue;
            }
            for (int r = 0; r < a.get(i).get("results").size(); r++) {
                JsonNode result = a.get(i).get("results").get(r);
                if (!result.get("outcome").asText().equals("internal_error")) {
                    assertThat(result).as(result.get("requirement").asText()).isEqualTo(b.get(i).get("results").get(r));
                    continue;
                }
                internal++;
                assertThat(result.get("requirement").asText()).isEqualTo("PG-03");
                assertThat(result.at("/findings/0/facts/rule").asText()).isEqualTo("PG-03 test rule whose consequence throws for one plan");
                assertThat(result.at("/findings/0/facts/exception").asText()).contains("IllegalStateException: test failure for devon");
            }
            assertThat(a.get(i).at("/outcomes/internal_error").asInt()).isEqualTo(1);
        }
        assertThat(internal).isEqualTo(1);
        assertThat(json.readTree(with.out()).at("/summary/outcomes/internal_error").asInt()).isEqualTo(1);
        assertThat(json.readTree(without.out()).at("/summary/outcomes").has("internal_error")).isFalse();
        assertThat(CliTest.reportSchema().validate(json.readTree(with.out()))).isEmpty();
    }

    /**
     * A condition that throws stops the whole session; the plan is evaluated again without the
     * requirement Drools names, and every other result of that plan is what it would have been.
     */
    @Test
    void aConditionThatThrowsBecomesAnInternalErrorOfItsRequirementOnly() throws IOException {
        RunReport with = throwingRules().check(List.of(EXAMPLE, TestSupport.MINIMAL), Selection.all());
        RunReport without = TestSupport.check(EXAMPLE, TestSupport.MINIMAL);
        assertThat(summary(with.plans().get(0))).as("the minimal plan").isEqualTo(summary(without.plans().get(0)));
        List<String> internal = new ArrayList<>();
        List<Result> ex = with.plans().get(1).results();
        for (int r = 0; r < ex.size(); r++) {
            if (ex.get(r).outcome() == Outcome.INTERNAL_ERROR) internal.add(ex.get(r).requirement().id());
            else assertThat(summary(ex.get(r))).isEqualTo(summary(without.plans().get(1).results().get(r)));
        }
        assertThat(internal).containsExactly("S75-06");
        Located failure = TestSupport.result(with.plans().get(1), "S75-06").findings().get(0);
        assertThat(failure.finding().rule()).isEqualTo("S75-06 test rule whose condition throws for one plan");
        assertThat(failure.finding().facts().get("exception").toString()).contains("StringIndexOutOfBoundsException");
    }

    /** Text, CSV, Markdown, HTML and JSON all show an internal-error result, none silently. */
    @Test
    void everyFormatReportsAnInternalError() throws IOException {
        RunReport run = throwingRules().check(List.of(Path.of("plans/devon.yaml"), Path.of("plans/dorset.yaml")), Selection.all());
        for (String format : List.of("text", "csv", "markdown", "html", "json")) {
            StringWriter out = new StringWriter();
            Renderers.forFormat(format).render(run, Renderer.Options.plain(), out);
            String report = out.toString();
            switch (format) {
                case "text" -> assertThat(report).contains("INTERNAL ERRORS: results unknown", "Devon (plans/devon.yaml): internal error: PG-03",
                        "Dorset (plans/dorset.yaml): internal error: S75-06", "1E");
                case "markdown" -> assertThat(report).contains("## Internal errors: results unknown", "internal error: PG-03");
                case "csv" -> assertThat(report).containsPattern("plans/devon\\.yaml,devon,E54000037,Devon,\\d{4}-\\d{2}-\\d{2},checked,PG-03,PG,")
                        .contains(",internal_error,error,");
                case "html" -> assertThat(report).contains("Internal errors: results unknown", "INTERNAL ERROR");
                default -> assertThat(report).contains("\"outcome\" : \"internal_error\"", "\"internal_error\" : 2");
            }
        }
        StringWriter detail = new StringWriter();
        Renderers.forFormat("text").render(new RunReport(run.catalogue(), run.selection(), run.plans().subList(0, 1)), Renderer.Options.plain(), detail);
        // the text report wraps at 80 columns; joined again, its lines read as written
        assertThat(detail.toString().replaceAll("\n +", " ")).contains("INTERNAL ERROR (1)", "Rule \"PG-03 test rule whose consequence throws for one plan\" failed");
    }

    @TempDir static Path shared;
    private static Checker throwing;

    /** The shipped rules plus two that throw, compiled once for the tests that use them. */
    private static synchronized Checker throwingRules() throws IOException {
        if (throwing != null) return throwing;
        Path rules = copyOfTheRules(shared);
        Files.writeString(rules.resolve("PG/PG-03/PG-03-throws.drl"), CONSEQUENCE_THROWS);
        Files.writeString(rules.resolve("S75/S75-06/S75-06-throws.drl"), """
                package stpcheck.rules.s75;

                import org.stpcheck.model.PlanInfo;

                global org.stpcheck.engine.FindingSink out;

                rule "S75-06 test rule whose condition throws for one plan"
                    @requirement("S75-06")
                when
                    $p : PlanInfo( id == "wessex_vale" || id == "dorset", id.substring(100) != null )
                then
                    out.pass("S75-06", "", "never reached");
                end
                """);
        RuleSource source = RuleSource.directory(rules);
        throwing = new Checker(Catalogue.load(source), RuleBase.compile(source));
        return throwing;
    }

    static final String CONSEQUENCE_THROWS = """
            package stpcheck.rules.pg;

            import org.stpcheck.model.PlanInfo;

            global org.stpcheck.engine.FindingSink out;

            rule "PG-03 test rule whose consequence throws for one plan"
                @requirement("PG-03")
            when
                $p : PlanInfo( id == "devon" )
            then
                throw new IllegalStateException("test failure for " + $p.id());
            end
            """;

    private static String summary(org.stpcheck.findings.PlanReport p) {
        return p.file() + " " + p.results().stream().map(RunRobustnessTest::summary).toList();
    }

    private static String summary(Result r) {
        return r.requirement().id() + " " + r.outcome() + " " + r.severity() + " "
                + r.findings().stream().map(l -> l.finding().message() + "@" + l.line() + ":" + l.column() + " " + l.finding().facts()).toList();
    }

    static Path copyOfTheRules(Path dir) throws IOException {
        Path to = dir.resolve("rules");
        Path from = Path.of("rules");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }
}
