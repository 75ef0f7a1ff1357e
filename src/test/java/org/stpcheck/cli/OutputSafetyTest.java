package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;

/**
 * Issue 7 item 3: a report is never half-written, never lands on an input, and a place it cannot
 * go is a one-line usage error (exit 2), not an internal error.
 */
class OutputSafetyTest {
    static final String EXAMPLE = TestSupport.EXAMPLE.toString();

    @Test
    void aReportReplacesTheOldOneWholeKeepsItsPermissionsAndLeavesNothingBehind(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "old report\n");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        TestSupport.CliRun r = TestSupport.cli("check", EXAMPLE, "--format", "json", "-o", report.toString());
        assertThat(r.code()).isEqualTo(Main.FINDINGS);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("{\n  \"report_format\" : 1,").endsWith("}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r-----");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
    }

    @Test
    void aReportThatWouldOverwriteAPlanIsRefused(@TempDir Path dir) throws IOException {
        Path plans = dir.resolve("plans");
        Files.createDirectories(plans);
        Path plan = plans.resolve("plan.yaml");
        Files.copy(TestSupport.EXAMPLE, plan);
        byte[] before = Files.readAllBytes(plan);
        Path link = dir.resolve("link.yaml");
        Files.createSymbolicLink(link, plan);
        Path hard = dir.resolve("hard.yaml");
        Files.createLink(hard, plan);
        List<String[]> attempts = List.of(
                new String[] {"check", plan.toString(), "-o", plan.toString()},
                new String[] {"check", plan.toString(), "-o", plans.resolve(".").resolve("plan.yaml").toString()},
                new String[] {"check", plan.toString(), "-o", link.toString()},
                new String[] {"check", plan.toString(), "-o", hard.toString()},
                new String[] {"check", plans.toString(), "--format", "json", "-o", plan.toString()});
        for (String[] args : attempts) {
            TestSupport.CliRun r = TestSupport.cli(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).contains("is one of the plans being checked").doesNotContain("internal error");
            assertThat(Files.readAllBytes(plan)).isEqualTo(before);
        }
    }

    @Test
    void aMissingFolderAFolderAndAFullDeviceAreUsageErrors(@TempDir Path dir) {
        TestSupport.CliRun missing = TestSupport.cli("check", EXAMPLE, "-o", dir.resolve("no/such/folder/report.txt").toString());
        assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).isEqualTo("stpcheck: " + dir.resolve("no/such/folder/report.txt") + ": the folder "
                + dir.resolve("no/such/folder") + " does not exist\n");
        TestSupport.CliRun folder = TestSupport.cli("check", EXAMPLE, "-o", dir.toString());
        assertThat(folder.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(folder.err()).isEqualTo("stpcheck: " + dir + ": is a folder; name a file to write the report to\n");
        TestSupport.CliRun full = TestSupport.cli("check", EXAMPLE, "-o", "/dev/full");
        assertThat(full.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(full.err()).isEqualTo("stpcheck: cannot write the report to /dev/full: No space left on device\n");
        TestSupport.CliRun discard = TestSupport.cli("check", EXAMPLE, "-o", "/dev/null");
        assertThat(discard.code()).as("a device is written in place, never replaced").isEqualTo(Main.FINDINGS);
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).as("/dev/null is still the device").isFalse();
    }

    @Test
    void anUnwritableFolderIsAUsageError(@TempDir Path dir) throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root: folder permissions do not stop root from writing, so there is nothing to refuse");
        Path locked = dir.resolve("locked");
        Files.createDirectories(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            TestSupport.CliRun r = TestSupport.cli("check", EXAMPLE, "-o", locked.resolve("report.txt").toString());
            assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).isEqualTo("stpcheck: cannot write the report to " + locked.resolve("report.txt") + ": permission denied\n");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** PrintWriter swallows a failed write; the checker must not, for the report or for any other command. */
    @Test
    void aFailedWriteToStandardOutputIsReportedAndExits2() throws Exception {
        for (List<String> args : List.of(List.of("check", EXAMPLE), List.of("rules"))) {
            Process p = cli(args).redirectOutput(new File("/dev/full")).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(args + ": " + err).isEqualTo(Main.BAD_INPUT);
            assertThat(err).contains("cannot write").contains("standard output: No space left on device").doesNotContain("internal error");
        }
    }

    /**
     * The kill-mid-write test: a process writing a large report is killed (SIGKILL) once its
     * temporary file is well under way; the report it was replacing is still there, whole.
     */
    @Test
    void aKillWhileWritingLeavesTheOldReportWhole(@TempDir Path dir) throws Exception {
        Path plans = dir.resolve("plans");
        copiesOfThePlans(plans, 20);
        Path report = dir.resolve("report.csv");
        String old = "the previous report, complete\n";
        Files.writeString(report, old);
        Process p = cli(List.of("check", plans.toString(), "--format", "csv", "--explain", "--fail-on", "never", "-o", report.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            Optional<Path> temporary = Optional.empty();
            while (System.nanoTime() < deadline && p.isAlive()) {
                temporary = temporaryOf(dir, "report.csv");
                if (temporary.isPresent() && Files.size(temporary.get()) > 1_000_000) break;
                Thread.sleep(5);
            }
            assertThat(p.isAlive()).as("the run must still be writing when it is killed").isTrue();
            assertThat(temporary).as("the report is written to a temporary file beside it").isPresent();
            p.destroyForcibly();   // SIGKILL on Linux: no shutdown hook, no finally
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(report)).isEqualTo(old);
        } finally {
            p.destroyForcibly();
        }
        // and left alone, the same run replaces it with the whole new report
        Process whole = cli(List.of("check", plans.toString(), "--format", "csv", "--explain", "--fail-on", "never", "-o", report.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(whole.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(whole.exitValue()).isZero();
        List<String> lines = Files.readAllLines(report);
        assertThat(lines.get(0)).startsWith("file,plan_id,");
        assertThat(lines.size()).isGreaterThan(20 * 44 * 83);
    }

    private static Optional<Path> temporaryOf(Path dir, String name) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().startsWith("." + name + ".") && f.toString().endsWith(".tmp")).findFirst();
        }
    }

    /** {@code copies} copies of the 44 plans, each with its own plan id. */
    static void copiesOfThePlans(Path to, int copies) throws IOException {
        Files.createDirectories(to);
        List<Path> plans;
        try (Stream<Path> s = Files.list(Path.of("plans"))) {
            plans = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (int c = 0; c < copies; c++) {
            for (Path p : plans) {
                String text = Files.readString(p);
                Matcher id = Pattern.compile("(?m)^  id: (\\S+)").matcher(text);
                assertThat(id.find()).as(p.toString()).isTrue();
                String base = id.group(1).length() > 58 ? id.group(1).substring(0, 58) : id.group(1);   // ids are at most 64 characters
                text = text.substring(0, id.start(1)) + base + "-" + c + text.substring(id.end(1));
                Files.writeString(to.resolve(c + "-" + p.getFileName()), text);
            }
        }
    }

    /** The command line in a process of its own, on the test class path. */
    static ProcessBuilder cli(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("org.stpcheck.cli.Main");
        command.addAll(args);
        return new ProcessBuilder(command);
    }
}
