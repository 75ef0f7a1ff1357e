package org.stpcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.Selection;
import org.stpcheck.load.PlanLoader;
import org.stpcheck.load.PlanLoader.LoadedPlan;

/**
 * Seeded mutations of the examples and the 44 plans (see {@link Mutator}): each mutant must load,
 * and then be checked in full, or fail with located one-line errors; nothing may throw or take more
 * than a few seconds (issue 7). The suite runs a few thousand; the benchmark machine runs more with
 * {@code -Dfuzz.mutations=100000} (and another {@code -Dfuzz.seed=N}). A failing mutant is kept in
 * {@code target/fuzz-failures/} with how it was made.
 */
class MutationFuzzTest {
    private static final int MUTATIONS = Integer.getInteger("fuzz.mutations", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261207L);
    private static final long MAX_MS = 5_000;
    private static final Pattern LOCATED = Pattern.compile("(.*?):(\\d+):(\\d+): .+");

    @Test
    void everyMutantLoadsOrFailsWithLocatedOneLineErrorsAndNeverThrows(@TempDir Path dir) throws IOException {
        List<Path> seeds = new ArrayList<>();
        for (String folder : List.of("src/test/resources/examples", "plans")) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(seeds::add);
            }
        }
        List<byte[]> sources = new ArrayList<>();
        for (Path p : seeds) sources.add(Files.readAllBytes(p));
        Random rnd = new Random(SEED);
        PlanLoader loader = new PlanLoader();
        int loaded = 0;
        int rejected = 0;
        long slowest = 0;
        long loadingMs = 0;
        long checkingMs = 0;
        String slowestHow = "";
        for (int i = 0; i < MUTATIONS; i++) {
            int source = rnd.nextInt(sources.size());
            long mutantSeed = rnd.nextLong();
            Mutator.Mutant m = new Mutator(mutantSeed).mutate(sources.get(source));
            String how = "mutant " + i + " of " + seeds.get(source) + " (mutant seed " + mutantSeed + "): " + m.how();
            Path f = Files.write(dir.resolve("m" + i + ".yaml"), m.bytes());
            long start = System.nanoTime();
            try {
                LoadedPlan p = loader.load(f);
                long loadedAt = System.nanoTime();
                loadingMs += (loadedAt - start) / 1_000_000;
                if (p.isValid()) {
                    loaded++;
                    checkedInFull(f, m.bytes());
                    checkingMs += (System.nanoTime() - loadedAt) / 1_000_000;
                } else {
                    rejected++;
                    locatedOneLineErrors(p.formattedErrors(), f, m.bytes());
                }
            } catch (Throwable t) {
                keep(m, how);
                throw new AssertionError(how, t);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (ms > slowest) {
                slowest = ms;
                slowestHow = how;
            }
            if (ms > MAX_MS) {
                keep(m, how);
                throw new AssertionError(how + " took " + ms + " ms");
            }
            Files.delete(f);
        }
        System.out.printf("fuzz: %d mutations (seed %d): %d loaded and checked, %d rejected; loading %d ms, checking %d ms;"
                + " slowest %d ms (%s)%n", MUTATIONS, SEED, loaded, rejected, loadingMs, checkingMs, slowest, slowestHow);
        assertThat(loaded + rejected).isEqualTo(MUTATIONS);
        // the mutations must exercise both paths, or the test proves little
        assertThat(loaded).isGreaterThan(MUTATIONS / 20);
        assertThat(rejected).isGreaterThan(MUTATIONS / 4);
    }

    // plain checks rather than AssertJ in these loops: a million fluent assertions would be most of the run

    private static void checkedInFull(Path f, byte[] bytes) {
        PlanReport report = TestSupport.checker().check(List.of(f), Selection.all()).plans().get(0);
        int expected = TestSupport.catalogue().requirements().size();
        require(report.valid() && report.results().size() == expected, () -> "a full report of " + expected + " results, got " + report);
        List<String> lines = lines(bytes);
        for (Result r : report.results()) {
            for (Located l : r.findings()) {
                require(within(lines, l.line(), l.column()), () -> r.requirement().id() + " finding at " + l.line() + ":" + l.column()
                        + " is outside the file (" + lines.size() + " lines)");
            }
        }
    }

    private static void locatedOneLineErrors(List<String> errors, Path f, byte[] bytes) {
        require(!errors.isEmpty() && errors.size() <= 101, () -> "1 to 101 errors, got " + errors.size());
        List<String> lines = lines(bytes);
        for (String e : errors) {
            Matcher m = LOCATED.matcher(e);
            require(m.matches() && m.group(1).equals(f.toString()), () -> "file:line:col: message, got " + e);
            int line = Integer.parseInt(m.group(2));
            int column = Integer.parseInt(m.group(3));
            require(within(lines, line, column), () -> "a line and column inside the file (" + lines.size() + " lines), got " + e);
            require(e.codePoints().noneMatch(MutationFuzzTest::breaksOrControls), () -> "one line, no control characters: " + e);
            require(e.length() < 2_500, () -> "a short message, got " + e.length() + " characters");
        }
    }

    private static boolean within(List<String> lines, int line, int column) {
        return line >= 1 && line <= lines.size() && column >= 1 && column <= width(lines.get(line - 1)) + 1;
    }

    private static void require(boolean ok, java.util.function.Supplier<String> what) {
        if (!ok) throw new AssertionError(what.get());
    }

    private static boolean breaksOrControls(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
    }

    /** The file's lines as {@code grep -n} numbers them (only line feeds end a line), without a leading byte order mark. */
    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }

    private static int width(String line) { return line.codePointCount(0, line.length()); }

    private static void keep(Mutator.Mutant m, String how) {
        try {
            Path dir = Files.createDirectories(Path.of("target/fuzz-failures"));
            String name = "mutant-" + Integer.toHexString(how.hashCode());
            Files.write(dir.resolve(name + ".yaml"), m.bytes());
            Files.writeString(dir.resolve(name + ".txt"), how + "\n");
        } catch (IOException ignored) {
            // keeping the mutant is a courtesy; the assertion that follows is what matters
        }
    }
}
