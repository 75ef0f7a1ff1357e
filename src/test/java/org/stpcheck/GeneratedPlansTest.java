package org.stpcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunReport;
import org.stpcheck.load.PlanLoader;
import org.stpcheck.load.PlanLoader.LoadedPlan;

/**
 * Seeded random plans (see {@link PlanGenerator}): every plan the format allows must load, and
 * every requirement must be decided for it, alone or in a shared session, the same way every time.
 * A failure names the seed; `new PlanGenerator(seed).yaml()` reproduces the plan.
 */
class GeneratedPlansTest {
    static final int PLANS = 150;
    static final long FIRST_SEED = 20261201L;

    @Test
    void everyGeneratedPlanLoads() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + PLANS; seed++) {
            String yaml = new PlanGenerator(seed).yaml();
            LoadedPlan p = new PlanLoader().load("gen-" + seed + ".yaml", yaml);
            assertThat(p.formattedErrors()).as("seed %d:%n%s", seed, yaml).isEmpty();
        }
    }

    @Test
    void everyRequirementIsDecidedTheSameWayAloneAndInASharedSession(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + PLANS; seed++) {
            Path f = dir.resolve("gen-" + seed + ".yaml");
            Files.writeString(f, new PlanGenerator(seed).yaml());
            files.add(f);
        }
        RunReport together = TestSupport.check(files.toArray(Path[]::new));
        assertThat(together.invalidPlans()).isZero();
        for (PlanReport shared : together.plans()) {
            assertThat(shared.results()).hasSize(83);
        }
        // a sample alone: the same results as in the shared, chunked run (PG-02 is cross-plan by nature)
        for (int i = 0; i < files.size(); i += 7) {
            PlanReport alone = TestSupport.checkOne(files.get(i));
            PlanReport shared = together.plans().get(i);
            assertThat(shared.file()).isEqualTo(alone.file());
            for (int r = 0; r < alone.results().size(); r++) {
                Result a = alone.results().get(r);
                if (a.requirement().batchOnly()) continue;
                Result b = shared.results().get(r);
                assertThat(b.outcome() + " " + b.findings().size()).as("%s %s", alone.file(), a.requirement().id())
                        .isEqualTo(a.outcome() + " " + a.findings().size());
            }
        }
    }
}
