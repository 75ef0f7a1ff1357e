package org.stpcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;

/**
 * {@code stpcheck serve} as a separate process, killed with SIGKILL while it writes a save: the
 * plan on disk is always the old version or the new one, whole; the next start removes the
 * temporary file the killed save left; SIGTERM (as Ctrl-C) stops the server cleanly.
 */
class WorkbenchKillTest {
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir Path dir;
    @TempDir Path logs;

    private record Server(Process process, int port, Path err) {}

    private Server start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.stpcheck.cli.Main", "serve", dir.toString(), "--port", "0");
        Path err = Files.createTempFile(logs, "serve", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        if (first == null) {
            throw new AssertionError("the server did not start: " + Files.readString(err));
        }
        Matcher m = URL.matcher(first);
        assertThat(m.find()).as(first).isTrue();
        return new Server(p, Integer.parseInt(m.group(1)), err);
    }

    private List<Path> temporaries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(PlanDir.TEMP_SUFFIX)).toList();
        }
    }

    @Test
    void killedMidSaveTheOldOrTheNewPlanIsWholeAndNothingHalfWrittenRemains() throws Exception {
        Path plan = dir.resolve("plan.yaml");
        Files.copy(TestSupport.MINIMAL, plan);
        byte[] big = bigPlan();
        int midWrite = 0;
        boolean lastLeftTemporary = false;
        List<String> outcomes = new ArrayList<>();
        for (int attempt = 0; attempt < 8 && (midWrite == 0 || attempt < 3); attempt++) {
            Server s = start();
            try {
                assertThat(temporaries()).as("a start removes what a killed save left").isEmpty();
                byte[] before = Files.readAllBytes(plan);
                byte[] next = attempt % 2 == 0 ? big : Files.readAllBytes(TestSupport.MINIMAL);
                if (Arrays.equals(before, next)) next = big;
                byte[] body = next;
                Thread saver = new Thread(() -> {
                    try {
                        RawHttp.send(s.port(), "PUT", "/api/plans/plan.yaml", body, "Content-Type: application/yaml", "If-Match: " + PlanDir.etag(before));
                    } catch (IOException e) {
                        // the server was killed under it
                    }
                });
                saver.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                boolean sawTemporary = false;
                while (System.nanoTime() < deadline && saver.isAlive()) {
                    if (!temporaries().isEmpty()) {
                        sawTemporary = true;
                        break;
                    }
                }
                s.process().destroyForcibly();   // SIGKILL: no hook, no cleanup
                s.process().waitFor(20, TimeUnit.SECONDS);
                saver.join(20_000);
                byte[] after = Files.readAllBytes(plan);
                assertThat(Arrays.equals(after, before) || Arrays.equals(after, next))
                        .as("attempt %d: the plan is one version whole (%d bytes)", attempt, after.length).isTrue();
                boolean leftTemporary = !temporaries().isEmpty();
                lastLeftTemporary = leftTemporary;
                if (sawTemporary && leftTemporary && Arrays.equals(after, before)) midWrite++;
                outcomes.add((Arrays.equals(after, next) ? "new" : "old") + (leftTemporary ? "+temporary" : ""));
            } finally {
                s.process().destroyForcibly();
            }
        }
        System.out.println("kill test: " + outcomes);
        assertThat(midWrite).as("a kill landed between creating the temporary file and the rename: %s", outcomes).isGreaterThan(0);

        // a clean start after the kills, then SIGTERM (what Ctrl-C sends as SIGINT) runs the shutdown hook
        Server s = start();
        assertThat(temporaries()).isEmpty();
        assertThat(RawHttp.send(s.port(), "GET", "/api/health", null).status()).isEqualTo(200);
        s.process().destroy();
        assertThat(s.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(s.err());
        assertThat(log).contains("stpcheck: stopped");
        if (lastLeftTemporary) assertThat(log).contains("removed 1 temporary file");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plan.yaml");
        }
    }

    /** A valid plan near the loader's limit, so the write takes long enough to be interrupted. */
    private static byte[] bigPlan() throws IOException {
        StringBuilder s = new StringBuilder(Files.readString(TestSupport.MINIMAL));
        String line = "# " + "x".repeat(97) + "\n";
        while (s.length() + line.length() < PlanChecks.maxBytes() - 1000) s.append(line);
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
