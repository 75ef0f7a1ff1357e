package org.stpcheck.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.RunReport;

/**
 * Each requirement's example, cut down to the keys it declares it reads, is still a plan that loads
 * and passes it: so the excerpt is honest, and the declared keys are enough to decide the
 * requirement (a key the rule needs but the entry forgot would be cut, and the example would fail).
 */
class RuleExamplesTest {

    @Test
    void everyRequirementsExampleLoadsAndPassesIt(@TempDir Path dir) throws IOException {
        Map<String, RuleExamples.Example> examples = RuleExamples.fromDirectory(TestSupport.RULES_DIR, TestSupport.catalogue());
        Map<String, String> problems = new TreeMap<>();
        for (Requirement r : TestSupport.catalogue().requirements()) {
            RuleExamples.Example e = examples.get(r.id());
            if (e == null) {
                problems.put(r.id(), "no example: no fixture that passes");
                continue;
            }
            Path sub = Files.createDirectories(dir.resolve(r.id()));
            List<Path> files = new ArrayList<>();
            for (RuleExamples.ExamplePlan p : e.plans()) files.add(Files.writeString(sub.resolve(p.file()), p.yaml()));
            RunReport run = TestSupport.check(files.toArray(Path[]::new));
            for (PlanReport plan : run.plans()) {
                if (!plan.valid()) {
                    problems.put(r.id(), plan.file() + " does not load: " + plan.errors());
                    continue;
                }
                String outcome = TestSupport.result(plan, r.id()).outcome().word();
                if (files.size() == 1 || !outcome.equals("not_applicable")) {
                    if (!outcome.equals(e.outcome())) problems.put(r.id(), plan.file() + " gives " + outcome + ", not " + e.outcome());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anExcerptKeepsTheKeysReadTheirItemsRequiredKeysAndWhatTheyName() {
        String plan = """
                format_version: 1
                plan: {id: p, name: P, as_of: 2017-10-01, version: draft}
                footprint: {name: F, code: E54000001}
                members:
                  ccgs: [{id: ccg_a, code: E38000001, name: A, ods_code: 00A}, {id: ccg_b, code: E38000002, name: B}]
                governance:
                  lead: {name: Jo, organisation: ccg_b, sector: commissioner, role: Chief Officer}
                  asserts_statutory_powers: false
                """;
        String excerpt = org.stpcheck.load.PlanExcerpt.of(plan, List.of("governance.lead.name", "governance.lead.organisation"));
        assertThat(excerpt).isEqualTo("""
                format_version: 1
                plan:
                  id: p
                  name: P
                  as_of: 2017-10-01
                footprint:
                  name: F
                members:
                  ccgs:
                    - {id: ccg_b, code: E38000002, name: B}
                governance:
                  lead:
                    name: Jo
                    organisation: ccg_b
                """);
    }
}
