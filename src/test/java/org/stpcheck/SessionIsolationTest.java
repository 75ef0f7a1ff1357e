package org.stpcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunReport;

/**
 * Plans share a Drools session within a chunk. Checked all together, every fixture must get
 * exactly the results it gets alone: no rule may see another plan's facts or depend on being the
 * first plan of a session (a rule on `not X()` alone fires once per session, not once per plan).
 */
class SessionIsolationTest {

    @Test
    void everyFixtureGetsTheSameResultsInOneSharedRunAsAlone() throws IOException {
        List<Path> files = new ArrayList<>();
        for (List<Path> fixture : RequirementFixturesTest.fixtures()) if (fixture.size() == 1) files.addAll(fixture);
        files.add(TestSupport.EXAMPLE);
        files.add(TestSupport.MINIMAL);
        RunReport together = TestSupport.check(files.toArray(Path[]::new));
        // duplicate plan ids across fixtures would make files invalid in a batch; compare only valid ones
        int compared = 0;
        for (PlanReport shared : together.plans()) {
            if (!shared.valid()) continue;
            PlanReport alone = TestSupport.checkOne(Path.of(shared.file()));
            assertThat(summary(shared)).as(shared.file()).isEqualTo(summary(alone));
            compared++;
        }
        assertThat(compared).isGreaterThan(files.size() / 2);
    }

    /** Outcome, severity and finding messages per requirement, except the cross-plan PG-02. */
    private static Map<String, String> summary(PlanReport p) {
        Map<String, String> m = new TreeMap<>();
        for (Result r : p.results()) {
            if (r.requirement().batchOnly()) continue;
            m.put(r.requirement().id(), r.outcome().word() + "/" + r.severity().word() + " "
                    + r.findings().stream().map(l -> l.finding().message() + "@" + l.line()).toList());
        }
        return m;
    }
}
