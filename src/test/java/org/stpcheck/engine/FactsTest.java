package org.stpcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.stpcheck.PlanGenerator;
import org.stpcheck.load.PlanLoader;
import org.stpcheck.load.PlanLoader.LoadedPlan;
import org.stpcheck.model.batch.CcgClaim;

/**
 * The facts walker the build generates ({@code engine.build.FactsWriter}) lists the same facts in
 * the same order, and names each in the same words, as the reflective walk it replaces.
 */
class FactsTest {
    private final Facts generated = new Facts();
    private final Facts reflective = new Facts(null);

    private void same(LoadedPlan p) {
        assertThat(p.isValid()).as(p.file()).isTrue();
        List<Object> ours = generated.of(p.plan());
        List<Object> theirs = reflective.of(p.plan());
        assertThat(ours).as(p.file()).hasSameSizeAs(theirs).hasSizeGreaterThan(1);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i)).as("%s fact %d", p.file(), i).isSameAs(theirs.get(i));
            assertThat(generated.describe(ours.get(i))).isEqualTo(reflective.describe(ours.get(i)));
        }
    }

    @Test
    void theBuildWroteTheWalker() throws ClassNotFoundException {
        assertThat(Facts.Walker.class.isAssignableFrom(Class.forName("org.stpcheck.engine.BuiltFacts"))).isTrue();
    }

    @Test
    void everyPlanAndGeneratedPlanGivesTheSameFactsAndWords() throws IOException {
        PlanLoader loader = new PlanLoader();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("plans", "src/test/resources/examples")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                files.addAll(s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList());
            }
        }
        for (Path f : files) same(loader.load(f));
        for (long seed = 20261201L; seed < 20261201L + 60; seed++) same(loader.load("gen-" + seed + ".yaml", new PlanGenerator(seed).yaml()));
    }

    @Test
    void crossPlanRecordsAndOtherObjectsAreNamedAsBefore() {
        CcgClaim claim = new CcgClaim("08a", "other.yaml", "other-plan", "Some Footprint");
        assertThat(generated.describe(claim)).isEqualTo(reflective.describe(claim));
        assertThat(generated.describe("text")).isEqualTo(reflective.describe("text")).isEqualTo("String");
        record Other(String id) {}
        assertThat(generated.of(new Other("x"))).isEqualTo(reflective.of(new Other("x")));
        assertThat(generated.describe(new Other("x"))).isEqualTo("Other x");
    }
}
