package org.stpcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.RunReport;
import org.stpcheck.load.PlanLoader;
import org.stpcheck.model.Organisation;
import org.stpcheck.model.Plan;

/**
 * The 44 real plans: they load, they hold exactly the 207 CCGs of the ONS April 2017 lookup each in
 * its footprint, and their outcome counts match the committed summary, so any rule or data change
 * shows its effect on the corpus in the diff. After an intended change, regenerate the summary with
 * {@code mvn test -Dtest=CorpusTest -Dcorpus.update=true} and commit it.
 */
class CorpusTest {
    static final Path PLANS = Path.of("plans");
    static final Path EXPECTED = Path.of("src/test/resources/corpus-expected.tsv");
    static RunReport run;

    static List<Path> planFiles() throws IOException {
        try (Stream<Path> s = Files.list(PLANS)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @BeforeAll
    static void checkAll() throws IOException {
        run = TestSupport.check(planFiles().toArray(Path[]::new));
    }

    @Test
    void everyPlanLoads() throws IOException {
        assertThat(planFiles()).hasSize(44);
        for (PlanReport p : run.plans()) assertThat(p.errors()).as(p.file()).isEmpty();
    }

    @Test
    void theCcgsAcrossThePlansAreThe207OfTheLookupEachInItsFootprint() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        try (var in = Files.newBufferedReader(Path.of("data/stp44-ccgs.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                expected.put(r.get("ccg_code"), r.get("stp_code"));
            }
        }
        Map<String, String> actual = new TreeMap<>();
        PlanLoader loader = new PlanLoader();
        for (Path f : planFiles()) {
            Plan p = loader.load(f).plan();
            for (Organisation c : p.members().ccgs()) {
                assertThat(actual.put(c.code(), p.footprint().code())).as("%s listed twice", c.code()).isNull();
            }
        }
        assertThat(expected).hasSize(207);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void pg02PassesOnTheCorpus() {
        for (PlanReport p : run.plans()) {
            assertThat(TestSupport.result(p, "PG-02").outcome()).as(p.file()).isEqualTo(Outcome.PASS);
        }
    }

    @Test
    void outcomeCountsPerPlanMatchTheCommittedSummary() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("file\tpass\tfail\tunmet\tflag\tnot_applicable");
        for (PlanReport p : run.plans()) {
            Map<Outcome, Integer> o = p.outcomes();
            lines.add(p.file() + "\t" + o.get(Outcome.PASS) + "\t" + o.get(Outcome.FAIL) + "\t" + o.get(Outcome.UNMET)
                    + "\t" + o.get(Outcome.FLAG) + "\t" + o.get(Outcome.NOT_APPLICABLE));
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("corpus.update")) Files.writeString(EXPECTED, actual);
        assertThat(actual).as("corpus outcomes changed; if intended, rerun with -Dcorpus.update=true and commit the diff")
                .isEqualTo(Files.readString(EXPECTED));
    }
}
