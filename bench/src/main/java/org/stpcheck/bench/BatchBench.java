package org.stpcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.RuleSource;
import org.stpcheck.engine.RuleBase;
import org.stpcheck.findings.Checker;
import org.stpcheck.findings.Selection;

/**
 * The batch path as users run it, warm: {@code Checker.check} over a folder of plan files with
 * every requirement selected (so PG-02's two passes run), on as many worker threads as the machine
 * has (2 here), each report handed to a sink that drops it (rendering is not measured). One
 * operation is one whole run; plans/s = {@code bench.batch} / (seconds an operation).
 *
 * <p>The folder is written at setup by {@code GeneratePlans} (the 44 real plans, then copies with
 * their own ids and codes) unless {@code bench.batchDir} names one. Run from bench/ with
 * {@code -Dbench.batch=1000}; e.g. {@code java -Dbench.batch=1000 -cp ... org.openjdk.jmh.Main
 * BatchBench -f 1 -wi 5 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BatchBench {
    List<Path> files;
    Checker checker;
    Path generated;

    @Setup
    public void setup() throws Exception {
        String given = System.getProperty("bench.batchDir", "");
        Path dir;
        if (given.isEmpty()) {
            generated = Files.createTempDirectory("stpcheck-batchbench");
            dir = generated.resolve("plans");
            int n = Integer.getInteger("bench.batch", 1000);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "GeneratePlans.java", System.getProperty("bench.plans", "../plans"), dir.toString(), Integer.toString(n))
                    .inheritIO().start();
            if (p.waitFor() != 0) throw new IllegalStateException("GeneratePlans failed");
        } else {
            dir = Path.of(given);
        }
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(x -> x.toString().endsWith(".yaml")).sorted().toList();
        }
        checker = new Checker(Catalogue.load(RuleSource.shipped()), RuleBase.shipped());
    }

    @TearDown
    public void tearDown() throws IOException {
        if (generated == null) return;
        try (Stream<Path> s = Files.walk(generated)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** One run over the folder, PG-02 on, reports dropped. */
    @Benchmark
    public void batch(Blackhole bh) throws IOException {
        checker.check(files, Selection.all(), bh::consume);
    }
}
