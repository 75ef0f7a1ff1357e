package org.stpcheck.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;
import org.stpcheck.engine.Outcome;

/**
 * PG-02, the cross-plan requirement, from an index of the run built once: England-wide coverage
 * is judged against the footprints of the configured lookup, a lookup CCG no plan lists fails, and
 * shared CCGs and councils name the other plans in file order.
 */
class CrossPlanTest {
    static final Path THREE = Path.of("rules/PG/PG-02/tests/batch-three-claims");

    static List<Path> plans(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static List<String> messages(PlanReport p) {
        return TestSupport.result(p, "PG-02").findings().stream().map(l -> l.finding().message()).toList();
    }

    static boolean claimsEnglandWideCoverage(PlanReport p) {
        return messages(p).stream().anyMatch(m -> m.startsWith("The run holds all"));
    }

    @Test
    void theRealPlansCoverEnglandAndSaySo() throws IOException {
        RunReport run = TestSupport.check(plans(Path.of("plans")).toArray(Path[]::new));
        for (PlanReport p : run.plans()) {
            assertThat(messages(p)).as(p.file()).contains("The run holds all 44 footprints; together they list 207 distinct CCGs.");
        }
    }

    /** 44 distinct footprint codes are not England: only the lookup's 44 footprints are. */
    @Test
    void fortyFourFootprintsThatAreNotTheLookupsDoNotCoverEngland(@TempDir Path dir) throws IOException {
        List<Path> real = plans(Path.of("plans"));
        for (int i = 0; i < real.size(); i++) {
            String text = Files.readString(real.get(i)).replaceAll("code: E54[0-9]{6}", String.format("code: E54%06d", 500_000 + i));
            Files.writeString(dir.resolve(real.get(i).getFileName()), text);
        }
        RunReport run = TestSupport.checker().check(plans(dir), Selection.all());
        assertThat(run.invalidPlans()).isZero();
        for (PlanReport p : run.plans()) {
            assertThat(claimsEnglandWideCoverage(p)).as(p.file()).isFalse();
            assertThat(TestSupport.result(p, "PG-02").outcome()).isEqualTo(Outcome.PASS);
        }
    }

    /** With every lookup footprint present (and one more), a lookup CCG that no plan lists fails for its footprint's plan. */
    @Test
    void aLookupCcgThatNoPlanListsFailsForItsFootprint(@TempDir Path dir) throws IOException {
        for (Path p : plans(Path.of("plans"))) Files.copy(p, dir.resolve(p.getFileName()));
        Path devon = dir.resolve("devon.yaml");
        String text = Files.readString(devon);
        String dropped = "    - {id: ccg_south_devon_and_torbay, code: E38000152, ods_code: 99Q, name: NHS South Devon and Torbay CCG}\n";
        assertThat(text).contains(dropped);
        Files.writeString(devon, text.replace(dropped, ""));
        Files.copy(TestSupport.EXAMPLE, dir.resolve("zz-wessex-vale.yaml"));
        RunReport run = TestSupport.checker().check(plans(dir), Selection.all());
        assertThat(run.invalidPlans()).isZero();
        for (PlanReport p : run.plans()) {
            assertThat(messages(p)).as(p.file()).contains("The run holds all 44 footprints; together they list 208 distinct CCGs.");
            Result pg02 = TestSupport.result(p, "PG-02");
            if (p.file().endsWith("devon.yaml")) {
                assertThat(pg02.outcome()).isEqualTo(Outcome.FAIL);
                assertThat(messages(p)).contains("CCG E38000152 is in footprint E54000037 in the ONS April 2017 lookup, but no plan of the run lists it.");
            } else {
                assertThat(pg02.outcome()).as(p.file()).isEqualTo(Outcome.PASS);
            }
        }
    }

    @Test
    void aCcgListedByThreePlansNamesBothOthersInEachAndACouncilListsTheOthersInFileOrder() throws IOException {
        RunReport run = TestSupport.check(plans(THREE).toArray(Path[]::new));
        PlanReport first = run.plans().get(0);
        PlanReport second = run.plans().get(1);
        assertThat(messages(first)).contains(
                "CCG E38000911 (NHS Shared CCG) is also listed by Second (" + THREE.resolve("b-second.yaml")
                        + "); a CCG belongs to exactly one footprint unless a boundary change was approved.",
                "CCG E38000911 (NHS Shared CCG) is also listed by Third (" + THREE.resolve("c-third.yaml")
                        + "); a CCG belongs to exactly one footprint unless a boundary change was approved.",
                "Shire County Council also appears in 2 other plan(s): [Second, Third]. A council may legitimately sit in several footprints.");
        assertThat(messages(second)).contains("Shire County Council also appears in 2 other plan(s): [First, Third]. A council may legitimately sit in several footprints.")
                .noneMatch(m -> m.contains("E38000912 (NHS Own CCG) is also listed"));
        for (PlanReport p : run.plans()) {
            assertThat(messages(p).stream().filter(m -> m.contains("is also listed by")).count()).as(p.file()).isEqualTo(2);
        }
    }

    /** The index holds only plans that load and whose id is new: a copy with a repeated id adds no claim. */
    @Test
    void aPlanThatDoesNotLoadOrRepeatsAnIdClaimsNothing(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : plans(THREE)) {
            Path copy = dir.resolve(p.getFileName());
            Files.copy(p, copy);
            files.add(copy);
        }
        Files.writeString(files.get(2), Files.readString(files.get(2)).replace("id: pg02_third", "id: pg02_first"));
        Files.writeString(files.get(1), Files.readString(files.get(1)).replace("tier: county", "tier: shire"));
        RunReport run = TestSupport.checker().check(files, Selection.all());
        assertThat(run.plans().get(1).valid()).isFalse();
        assertThat(run.plans().get(2).valid()).isFalse();
        PlanReport first = run.plans().get(0);
        assertThat(TestSupport.result(first, "PG-02").outcome()).as("alone in the index, compared with no one")
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }
}
