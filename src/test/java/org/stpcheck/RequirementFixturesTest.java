package org.stpcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunReport;

/**
 * Runs every fixture beside every rule ({@code rules/<FAMILY>/<ID>/tests/}), PMD style: each
 * fixture plan states what it must produce in comment lines such as
 * <pre># expect RECONF-05: fail at reconfigurations[0].tests.commissioner_support line 31</pre>
 * A folder under {@code tests/} holds several plans checked together as one batch.
 */
class RequirementFixturesTest {
    static final Pattern EXPECT = Pattern.compile(
            "^#\\s*expect\\s+([A-Z0-9]+-[0-9]{2}):\\s*(pass|fail|unmet|flag|not_applicable)(?:\\s+(error|warning|info))?(?:\\s+at\\s+(\\S+)\\s+line\\s+([0-9]+))?\\s*$");

    /** One expectation of one fixture file. */
    record Expectation(String requirement, String outcome, String severity, String path, Integer line) {}

    static List<Expectation> expectations(Path file) throws IOException {
        List<Expectation> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = EXPECT.matcher(line.strip());
            if (m.matches()) {
                out.add(new Expectation(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5) == null ? null : Integer.valueOf(m.group(5))));
            }
        }
        return out;
    }

    /** Every fixture: a plan file, or a folder of plan files checked as one batch. */
    static List<List<Path>> fixtures() throws IOException {
        List<List<Path>> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(TestSupport.RULES_DIR)) {
            for (Path tests : s.filter(p -> p.getFileName().toString().equals("tests") && Files.isDirectory(p)).sorted().toList()) {
                try (Stream<Path> items = Files.list(tests)) {
                    for (Path item : items.sorted().toList()) {
                        if (Files.isDirectory(item)) {
                            try (Stream<Path> plans = Files.list(item)) {
                                out.add(plans.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
                            }
                        } else if (item.toString().endsWith(".yaml")) {
                            out.add(List.of(item));
                        }
                    }
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureProducesWhatItExpects() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (List<Path> fixture : fixtures()) {
            String name = fixture.size() == 1 ? fixture.get(0).toString() : fixture.get(0).getParent().toString();
            tests.add(DynamicTest.dynamicTest(name, () -> verify(fixture)));
        }
        return tests.stream();
    }

    static void verify(List<Path> fixture) throws IOException {
        RunReport run = TestSupport.check(fixture.toArray(Path[]::new));
        int expected = 0;
        for (Path file : fixture) {
            PlanReport plan = run.plans().stream().filter(p -> p.file().equals(file.toString())).findFirst().orElseThrow();
            assertThat(plan.errors()).as("%s must load", file).isEmpty();
            for (Expectation e : expectations(file)) {
                expected++;
                Result r = TestSupport.result(plan, e.requirement());
                assertThat(r.outcome().word()).as("%s: %s outcome (findings: %s)", file, e.requirement(), r.findings()).isEqualTo(e.outcome());
                if (e.severity() != null) assertThat(r.severity().word()).as("%s: %s severity", file, e.requirement()).isEqualTo(e.severity());
                if (e.path() != null) {
                    List<Located> at = r.findings().stream()
                            .filter(l -> e.path().equals(l.path()) || e.path().equals(l.missing())).toList();
                    assertThat(at).as("%s: %s needs a finding at %s; found %s", file, e.requirement(), e.path(),
                            r.findings().stream().map(l -> (l.missing() != null ? l.missing() : l.path()) + " line " + l.line()).toList()).isNotEmpty();
                    assertThat(at).as("%s: %s finding at %s is on line %s", file, e.requirement(), e.path(), e.line())
                            .anyMatch(l -> l.line() == e.line());
                }
            }
        }
        assertThat(expected).as("fixture %s states no '# expect ID: outcome' line", fixture).isPositive();
    }
}
