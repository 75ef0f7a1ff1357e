package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;

/** {@code check --watch}: one report at start, one more per change of a plan's bytes, none for a touch. */
class WatchTest {
    @TempDir Path dir;

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
        return n;
    }

    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.get()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void reChecksAndRePrintsWhenAPlanChanges() throws Exception {
        Path plan = dir.resolve("draft.yaml");
        Files.copy(TestSupport.MINIMAL, plan);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] code = {-1};
        Thread watcher = new Thread(() -> code[0] = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "check", "--watch", dir.toString(), "--requirement", "PG-10", "--fail-on", "never"));
        watcher.start();
        try {
            await(() -> err.toString().contains("watching"), "the first report");
            assertThat(count(out.toString(), "PG-10")).isEqualTo(1);
            assertThat(out.toString()).contains("UNMET (1)");

            // an editor's save: a new file renamed over the plan, with the missing period added
            Path temp = dir.resolve(".draft.yaml.swp");
            Files.writeString(temp, Files.readString(plan).replace("  as_of: 2016-10-21\n",
                    "  as_of: 2016-10-21\n  period_start: 2016-10-01\n  period_end: 2021-03-31\n"));
            Files.move(temp, plan, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            await(() -> out.toString().contains("PASS (1): PG-10"), "the report after the change");
            assertThat(err.toString()).contains("checking again");

            // the same bytes written again: nothing changed, so no new report
            String before = out.toString();
            Files.write(plan, Files.readAllBytes(plan));
            Thread.sleep(1_000);
            assertThat(out.toString()).isEqualTo(before);

            // a plan that stops loading is reported as such, and the watch goes on
            Files.writeString(plan, "format_version: 1\nplan: [\n");
            await(() -> out.toString().contains("INVALID"), "the report of the broken plan");
            assertThat(watcher.isAlive()).isTrue();
        } finally {
            watcher.interrupt();
            watcher.join(10_000);
        }
        assertThat(watcher.isAlive()).isFalse();
        assertThat(code[0]).as("the last round's exit code: the plan does not load").isEqualTo(Main.BAD_INPUT);
    }
}
