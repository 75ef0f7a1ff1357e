package org.stpcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a check must not start, whatever the plans say. On Java 25 {@code BigDecimal}'s static
 * initialiser squares 5 up to 5^65,536 in the interpreter, 13-24 ms of a cold run's CPU
 * (bench/README, "Java 25's BigDecimal"); no rule or report needs it, so a check never initialises
 * it. A rule that wants a rounded decimal formats it with {@code String.format}, as ACS-08 does.
 * Class initialisation is read from the JVM's own log ({@code -Xlog:class+init}), so nothing here
 * depends on timing.
 */
class ColdPathIT {
    @TempDir Path dir;

    @Test
    void aCheckOfEveryPlanInEveryReportNeverInitialisesBigDecimal() throws Exception {
        Path log = dir.resolve("init.log");
        Path out = dir.resolve("report.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xlog:class+init=info:file=" + log, "-jar", "target/stpcheck.jar",
                "check", "plans", "src/test/resources/examples", "--explain", "--format", "json", "-o", out.toString(), "--fail-on", "never"))
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();   // a hang guard, not a performance assertion
        assertThat(p.exitValue()).as("exit code; stderr: %s", Files.readString(dir.resolve("stderr.txt"))).isZero();
        assertThat(Files.size(out)).as("the report was written").isPositive();
        String initialised = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(initialised).as("the JVM's class initialisation log").contains("Initializing 'java/lang/String'")
                .doesNotContain("Initializing 'java/math/BigDecimal'");
    }
}
