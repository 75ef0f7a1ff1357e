package org.stpcheck.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.RuleSource;

/**
 * Build step (Maven process-classes): {@code BuildResources RULES_DIR PLANS_DIR OUTPUT_DIR} writes
 * what the jar needs beside the classes and cannot list by itself: each requirement's passing
 * example ({@link RuleExamples#RESOURCE}), cut from its fixtures, and the index of the plans of
 * {@code plans/} that {@code init --footprint} starts from ({@link StartingPlans#INDEX}).
 */
public final class BuildResources {
    private BuildResources() {}

    public static void main(String[] args) throws IOException {
        Path rulesDir = Path.of(args[0]);
        Path plansDir = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Map<String, RuleExamples.Example> examples = RuleExamples.fromDirectory(rulesDir, Catalogue.load(RuleSource.directory(rulesDir)));
        write(out.resolve(RuleExamples.RESOURCE), RuleExamples.toJson(examples));
        List<String> plans;
        try (Stream<Path> s = Files.list(plansDir)) {
            plans = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        write(out.resolve(StartingPlans.INDEX), String.join("\n", plans) + "\n");
        System.out.println("stpcheck: " + examples.size() + " passing examples from the fixtures; " + plans.size() + " plans to start from");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
