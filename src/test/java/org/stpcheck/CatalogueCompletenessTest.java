package org.stpcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.stpcheck.catalogue.Requirement;

/**
 * Each requirement is one unit, kept together as PMD and OPA keep theirs:
 * {@code rules/<FAMILY>/<ID>/} holds its catalogue entry, its DRL rule(s) tagged with the id, and
 * fixtures where it passes and where it does not. This test fails when any part is missing.
 */
class CatalogueCompletenessTest {

    static List<String> publicIds() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/catalogue-ids.txt")).stream().filter(s -> !s.isBlank()).toList();
    }

    /**
     * A requirement whose Logic flags every item in scope (ENG-05) cannot pass; it declares
     * {@code never_passes: true}, and its not-applicable fixture stands for the passing one.
     */
    static boolean neverPasses(Path dir) throws IOException {
        Path entry = dir.resolve("requirement.yaml");
        return Files.isRegularFile(entry) && Files.readAllLines(entry).stream().anyMatch(l -> l.strip().equals("never_passes: true"));
    }

    @Test
    void theCatalogueHoldsExactlyThe83PublicRequirementIds() throws IOException {
        assertThat(TestSupport.catalogue().requirements().stream().map(Requirement::id).toList())
                .containsExactlyElementsOf(publicIds())
                .hasSize(83);
    }

    @Test
    void everyRequirementIsDecidedByAtLeastOneRule() throws IOException {
        assertThat(TestSupport.rules().requirementIds()).containsExactlyInAnyOrderElementsOf(publicIds());
    }

    @Test
    void everyRequirementHasItsRuleAndBothKindsOfFixtureInItsFolder() throws IOException {
        Map<String, List<String>> missing = new TreeMap<>();
        for (Requirement r : TestSupport.catalogue().requirements()) {
            Path dir = TestSupport.RULES_DIR.resolve(r.family()).resolve(r.id());
            List<String> problems = new ArrayList<>();
            if (!Files.isRegularFile(dir.resolve("requirement.yaml"))) problems.add("requirement.yaml");
            boolean tagged = false;
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path drl : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                        if (Files.readString(drl).contains("@requirement(\"" + r.id() + "\")")) tagged = true;
                    }
                }
            }
            if (!tagged) problems.add("a .drl rule tagged @requirement(\"" + r.id() + "\")");
            boolean passes = false;
            boolean fails = false;
            for (List<Path> fixture : RequirementFixturesTest.fixtures()) {
                for (Path f : fixture) {
                    for (RequirementFixturesTest.Expectation e : RequirementFixturesTest.expectations(f)) {
                        if (!e.requirement().equals(r.id())) continue;
                        if (!f.startsWith(dir)) continue;
                        if (e.outcome().equals("pass")) passes = true;
                        if (e.outcome().equals("not_applicable") && neverPasses(dir)) passes = true;
                        // the failing fixture must also pin the finding to its YAML path and line
                        if (List.of("fail", "unmet", "flag").contains(e.outcome()) && e.path() != null) fails = true;
                    }
                }
            }
            if (!passes) problems.add("a fixture in tests/ where it passes" + (neverPasses(dir) ? " (or, with never_passes, is not applicable)" : ""));
            if (!fails) problems.add("a fixture in tests/ where it fails, is unmet or flags, stating `at PATH line N`");
            if (!problems.isEmpty()) missing.put(r.id(), problems);
        }
        assertThat(missing).as("requirements missing parts of their unit").isEmpty();
    }
}
