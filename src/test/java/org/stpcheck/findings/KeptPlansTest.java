package org.stpcheck.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;
import org.stpcheck.load.LoadError;
import org.stpcheck.load.PlanLoader;

/**
 * A batch with the cross-plan requirement takes two passes; the first keeps the plans it loaded
 * for the second while their YAML fits the checker's budget, and the second loads the rest again.
 * The files are changed under the run when its first report arrives (the first pass is over by
 * then, and the second has not yet reached the later files): a kept plan is checked as the first
 * pass read it, a reloaded one as it is now.
 */
class KeptPlansTest {

    private static Checker checker(long keepBudget) {
        return new Checker(TestSupport.catalogue(), TestSupport::rules, new PlanLoader(), keepBudget);
    }

    /** The first {@code n} real plans, copied into {@code dir}, in file order. */
    private static List<Path> copies(Path dir, int n) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : CrossPlanTest.plans(Path.of("plans")).subList(0, n)) {
            Path copy = dir.resolve(p.getFileName());
            Files.copy(p, copy);
            out.add(copy);
        }
        return out;
    }

    /** Runs the batch; when the first report arrives, {@code change} runs once. */
    private static List<PlanReport> run(Checker checker, List<Path> files, IORunnable change) throws IOException {
        List<PlanReport> reports = new ArrayList<>();
        checker.check(files, Selection.all(), p -> {
            if (reports.isEmpty()) change.run();
            reports.add(p);
        });
        return reports;
    }

    @FunctionalInterface
    private interface IORunnable {
        void run() throws IOException;
    }

    private static String firstError(PlanReport p) {
        return p.errors().stream().map(LoadError::message).findFirst().orElse("(none)");
    }

    /** Every plan fits: files deleted after the first pass are still checked, as that pass read them. */
    @Test
    void plansKeptFromTheFirstPassAreNotReadAgain(@TempDir Path dir) throws IOException {
        List<Path> files = copies(dir, 3);
        List<PlanReport> unchanged = checker(Long.MAX_VALUE).check(files, Selection.all()).plans();
        List<PlanReport> reports = run(checker(Long.MAX_VALUE), files, () -> {
            Files.delete(files.get(1));
            Files.delete(files.get(2));
        });
        assertThat(reports).isEqualTo(unchanged);
        assertThat(reports).allMatch(PlanReport::valid);
    }

    /** With no budget every plan is loaded again: a file deleted after the first pass is reported missing. */
    @Test
    void withoutABudgetTheSecondPassReadsEveryFileAgain(@TempDir Path dir) throws IOException {
        List<Path> files = copies(dir, 3);
        List<PlanReport> reports = run(checker(0), files, () -> Files.delete(files.get(2)));
        assertThat(reports.get(1).valid()).isTrue();
        assertThat(reports.get(2).valid()).isFalse();
        assertThat(firstError(reports.get(2))).isEqualTo("no such file");
    }

    /** The budget keeps plans while their YAML fits: the two that fit are kept, the one past it is read again. */
    @Test
    void theBudgetKeepsThePlansThatFitAndNoMore(@TempDir Path dir) throws IOException {
        List<Path> files = copies(dir, 3);
        long firstTwo = Files.size(files.get(0)) + Files.size(files.get(1));
        List<PlanReport> reports = run(checker(firstTwo), files, () -> {
            Files.delete(files.get(1));
            Files.delete(files.get(2));
        });
        assertThat(reports.get(1).valid()).as("kept").isTrue();
        assertThat(firstError(reports.get(2))).as("read again").isEqualTo("no such file");
    }

    /** A plan read again whose id changed since the first pass is not checked against an index that lacks it. */
    @Test
    void aFileWhosePlanIdChangedBetweenThePassesIsReportedAsChanged(@TempDir Path dir) throws IOException {
        List<Path> files = copies(dir, 3);
        Path last = files.get(2);
        List<PlanReport> reports = run(checker(0), files, () -> {
            String text = Files.readString(last);
            String id = new PlanLoader().load(last).plan().plan().id();
            Files.writeString(last, text.replaceFirst("id: " + java.util.regex.Pattern.quote(id) + "\\b", "id: " + id + "-renamed"));
        });
        assertThat(reports.get(2).valid()).isFalse();
        assertThat(firstError(reports.get(2))).isEqualTo("the file changed while the run was reading it; check it again");
    }

    /** The same on worker threads (eight files and more): the last file is not yet started when the first report arrives. */
    @Test
    void keptPlansServeTheParallelSecondPassToo(@TempDir Path dir) throws IOException {
        List<Path> files = copies(dir, 12);
        Path last = files.get(files.size() - 1);
        List<PlanReport> kept = run(checker(Long.MAX_VALUE), files, () -> Files.delete(last));
        assertThat(kept).allMatch(PlanReport::valid);
        Files.copy(Path.of("plans").resolve(last.getFileName()), last);
        List<PlanReport> reloaded = run(checker(0), files, () -> Files.delete(last));
        assertThat(firstError(reloaded.get(files.size() - 1))).isEqualTo("no such file");
        assertThat(reloaded.subList(0, files.size() - 1)).isEqualTo(kept.subList(0, files.size() - 1));
    }
}
