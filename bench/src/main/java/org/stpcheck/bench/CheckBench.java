package org.stpcheck.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.RuleSource;
import org.stpcheck.engine.Engine;
import org.stpcheck.engine.RuleBase;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Selection;
import org.stpcheck.load.PlanLoader;
import org.stpcheck.model.Plan;
import org.stpcheck.server.PlanChecks;

/**
 * Warm per-plan costs over a set of plans (default: the 44 in ../plans plus the Wessex Vale
 * example), single thread. One operation is one pass over the whole set; divide by the set size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBench {
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Plan> plans = new ArrayList<>();
    ObjectMapper yaml;
    Engine engine;
    PlanLoader loader;
    PlanChecks checks;
    List<PlanReport> reports = new ArrayList<>();

    @Setup
    public void setup() throws Exception {
        Path dir = Path.of(System.getProperty("bench.plans", "../plans"));
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
                names.add(p.toString());
                texts.add(Files.readString(p));
            }
        }
        String extra = System.getProperty("bench.extra", "../src/test/resources/examples/wessex-vale.yaml");
        if (!extra.isEmpty()) {
            names.add(extra);
            texts.add(Files.readString(Path.of(extra)));
        }
        loader = new PlanLoader();
        for (int i = 0; i < texts.size(); i++) plans.add(loader.load(names.get(i), texts.get(i)).plan());
        yaml = new ObjectMapper(new YAMLFactory());
        Catalogue catalogue = Catalogue.load(RuleSource.shipped());
        RuleBase rules = RuleBase.shipped();
        engine = new Engine(rules, catalogue);
        checks = new PlanChecks(catalogue, rules);
        for (int i = 0; i < texts.size(); i++) reports.add(checks.check(names.get(i), texts.get(i).getBytes(StandardCharsets.UTF_8), Selection.all()));
    }

    /** The floor: Jackson parses each plan's YAML into a tree. */
    @Benchmark
    public void yamlParseOnly(Blackhole bh) throws Exception {
        for (String t : texts) bh.consume(yaml.readTree(t));
    }

    /** stpcheck's loading: subset check, format check, references, binding to the model (one loader per run). */
    @Benchmark
    public void load(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) bh.consume(loader.load(names.get(i), texts.get(i)));
    }

    /**
     * Load and rules per plan, as the checker runs a batch: one loader for the run, each plan's
     * model evaluated in the engine's reused sessions (issue 12's warm target: within 3x the parse).
     */
    @Benchmark
    public void loadAndRules(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) bh.consume(engine.evaluate(loader.load(names.get(i), texts.get(i)).plan(), List.of()));
    }

    /**
     * Load and rules as a batch with PG-02 runs them (the default): every plan loaded in a first pass,
     * then every model evaluated. The same work as {@link #loadAndRules}; only its order differs.
     */
    @Benchmark
    public void loadThenRules(Blackhole bh) {
        List<Plan> loaded = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) loaded.add(loader.load(names.get(i), texts.get(i)).plan());
        bh.consume(engine.evaluate(loaded));
    }

    /**
     * What follows the engine for each plan checked: its JSON report as {@code POST /api/check} answers
     * it, with every finding's location and suggested YAML (issue 12's warm target stops at the engine).
     */
    @Benchmark
    public void reportJson(Blackhole bh) {
        for (PlanReport r : reports) bh.consume(checks.jsonBytes(r, Selection.all()));
    }

    /** Rule evaluation only, in chunked sessions, as the checker runs it. */
    @Benchmark
    public void evaluateRules(Blackhole bh) {
        bh.consume(engine.evaluate(plans));
    }
}
