package org.stpcheck.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.stpcheck.engine.Outcome;

/** The streaming run the command line, the web server and later features build on. */
class StreamingTest {

    /** However many items, at most threads × 4 are between being started and being handed on. */
    @Test
    void workIsHandedOnInItemOrderWithABoundedNumberInFlight() throws IOException {
        List<Integer> items = IntStream.range(0, 2_000).boxed().toList();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger handed = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        List<Integer> received = new ArrayList<>();
        InOrder.run(items, 3, i -> {
            int inFlight = started.incrementAndGet() - handed.get();
            mostInFlight.accumulateAndGet(inFlight, Math::max);
            if (i % 7 == 0) Thread.onSpinWait();
            return i;
        }, i -> {
            handed.incrementAndGet();
            received.add(i);
        });
        assertThat(received).isEqualTo(items);
        assertThat(mostInFlight.get()).isLessThanOrEqualTo(3 * 4 + 1);
    }

    @Test
    void reportsReachTheSinkInFileOrderAndMatchTheRunHeldInMemory() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("plans"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
        }
        java.util.Collections.reverse(files);   // given in any order, handed on in file order
        List<String> order = new ArrayList<>();
        List<Integer> results = new ArrayList<>();
        TestSupport.checker().check(files, Selection.all(), p -> {
            order.add(p.file());
            results.add(p.results().size());
        });
        assertThat(order).isSorted().hasSize(44);
        assertThat(results).containsOnly(83);
    }

    /** Waivers and baselines (issue 10) change results between the checker and a renderer, plan by plan. */
    @Test
    void aTransformSitsBetweenTheCheckerAndTheSink() throws IOException {
        List<PlanReport> seen = new ArrayList<>();
        PlanSink sink = seen::add;
        TestSupport.checker().check(List.of(TestSupport.EXAMPLE, TestSupport.MINIMAL), Selection.all(),
                sink.after(p -> new PlanReport(p.file(), p.valid(), p.planId(), p.footprintCode(), "changed " + p.footprintName(),
                        p.asOf(), p.errors(), p.results())));
        assertThat(seen).extracting(PlanReport::footprintName).allMatch(n -> n.startsWith("changed "));
    }

    /** The web server's call: one plan's text at a time, from many threads at once, each as if alone. */
    @Test
    void planTextsCheckedFromManyThreadsAtOnceGetTheResultsTheyGetAlone() throws Exception {
        List<Path> files = List.of(TestSupport.EXAMPLE, TestSupport.MINIMAL, Path.of("plans/devon.yaml"), Path.of("plans/dorset.yaml"));
        List<String> alone = new ArrayList<>();
        for (Path f : files) alone.add(summary(TestSupport.checker().check(f.toString(), Files.readString(f), Selection.all())));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                Path f = files.get(i % files.size());
                String text = Files.readString(f);
                futures.add(pool.submit(() -> summary(TestSupport.checker().check(f.toString(), text, Selection.all()))));
            }
            for (int i = 0; i < futures.size(); i++) assertThat(futures.get(i).get()).isEqualTo(alone.get(i % files.size()));
        } finally {
            pool.shutdownNow();
        }
        PlanReport bad = TestSupport.checker().check("bad.yaml", "format_version: 1\nplan: [", Selection.all());
        assertThat(bad.valid()).isFalse();
        assertThat(bad.errors()).isNotEmpty();
    }

    @Test
    void digestsKeepWhatSummariesNeed() {
        RunReport run = TestSupport.check(TestSupport.EXAMPLE, TestSupport.MINIMAL);
        RunSummary s = run.summary();
        assertThat(s.plans()).hasSize(2);
        assertThat(s.outcomes()).isEqualTo(run.outcomes());
        for (int i = 0; i < 2; i++) {
            PlanReport p = run.plans().get(i);
            PlanDigest d = s.plans().get(i);
            assertThat(d.file()).isEqualTo(p.file());
            assertThat(d.outcomes()).isEqualTo(p.outcomes());
            assertThat(d.marks()).extracting(m -> m.requirement().id() + " " + m.outcome() + " " + m.severity())
                    .containsExactlyElementsOf(p.results().stream().filter(r -> r.outcome().isProblem())
                            .map(r -> r.requirement().id() + " " + r.outcome() + " " + r.severity()).toList());
        }
        assertThat(s.internalErrors()).isZero();
        assertThat(s.failsAt(org.stpcheck.catalogue.Severity.ERROR, false)).isTrue();
        assertThat(s.count(Outcome.INTERNAL_ERROR)).isZero();
    }

    private static String summary(PlanReport p) {
        return p.file() + " " + p.results().stream().map(r -> r.requirement().id() + "=" + r.outcome() + "/" + r.findings().size()).toList();
    }

    /** A defect met while loading one plan costs that plan only: it is reported, as a defect, and counted for exit code 1. */
    @Test
    void aPlanADefectKeptFromBeingCheckedIsReportedAndCounted() {
        PlanReport defect = PlanReport.defect("plans/x.yaml", new IllegalStateException("model and format disagree"));
        assertThat(defect.valid()).isFalse();
        assertThat(defect.notCheckedByDefect()).isTrue();
        assertThat(defect.errors().get(0).format(defect.file()))
                .startsWith("plans/x.yaml:1:1: internal error: IllegalStateException: model and format disagree");
        RunSummary.Builder b = new RunSummary.Builder(new RunHeader(null, Selection.all(), 2));
        b.add(defect);
        b.add(TestSupport.checkOne(TestSupport.MINIMAL));
        assertThat(b.build().internalErrors()).isEqualTo(1);
        assertThat(b.build().invalidPlans()).isEqualTo(1);
        PlanReport invalid = TestSupport.checker().check("bad.yaml", "format_version: 1\n", Selection.all());
        assertThat(invalid.notCheckedByDefect()).isFalse();
    }

    /** A requirement in force that no rule decided is a defect reported as such, never a crash of the run nor a pass. */
    @Test
    void aRequirementNoRuleDecidedIsAnInternalErrorOfThatRequirement() {
        var r = TestSupport.catalogue().get("PG-03");
        Result result = Results.combine(r, java.time.LocalDate.of(2017, 7, 1), List.of(), null, false);
        assertThat(result.outcome()).isEqualTo(Outcome.INTERNAL_ERROR);
        assertThat(result.findings()).hasSize(1);
        assertThat(result.findings().get(0).finding().message()).startsWith("No rule decided PG-03 for this plan");
    }
}
