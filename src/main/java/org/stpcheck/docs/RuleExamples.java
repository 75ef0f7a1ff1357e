package org.stpcheck.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.load.PlanExcerpt;

/**
 * For each requirement, a plan that passes it: the excerpt of its passing fixture
 * ({@code rules/<FAMILY>/<ID>/tests/}) that shows the keys it reads. Of several passing fixtures the
 * one with the shortest excerpt is shown. A requirement that never passes (ENG-05) shows its
 * not-applicable fixture, as its unit does. The build computes them once and ships them in the jar
 * ({@link #RESOURCE}), so {@code stpcheck explain} needs no fixtures at run time.
 */
public final class RuleExamples {
    public static final String RESOURCE = "stpcheck/rules/examples.json";
    private static final Pattern EXPECT = Pattern.compile("^#\\s*expect\\s+([A-Z0-9]+-[0-9]{2}):\\s*(pass|not_applicable)\\b.*$");

    private RuleExamples() {}

    /** One plan of an example: its fixture file name and the excerpt. A batch fixture has several. */
    public record ExamplePlan(String file, String yaml) {}

    /** {@code fixture}: the fixture's path under {@code rules/}; {@code outcome}: pass, or not_applicable for a requirement that never passes. */
    public record Example(String requirement, String fixture, String outcome, List<ExamplePlan> plans) {
        public Example { plans = List.copyOf(plans); }
    }

    /** The examples of every requirement of {@code catalogue}, from the fixtures under {@code rulesDir}. */
    public static Map<String, Example> fromDirectory(Path rulesDir, Catalogue catalogue) {
        Map<String, Example> out = new LinkedHashMap<>();
        for (Requirement r : catalogue.requirements()) {
            Path tests = rulesDir.resolve(r.family()).resolve(r.id()).resolve("tests");
            if (!Files.isDirectory(tests)) continue;
            String want = neverPasses(rulesDir, r) ? "not_applicable" : "pass";
            Example best = null;
            for (List<Path> fixture : fixtures(tests)) {
                if (!expects(fixture, r.id(), want)) continue;
                List<ExamplePlan> plans = new ArrayList<>();
                for (Path f : fixture) {
                    String yaml = PlanExcerpt.of(read(f), r.reads());
                    if (yaml == null) break;
                    plans.add(new ExamplePlan(f.getFileName().toString(), yaml));
                }
                if (plans.size() != fixture.size()) continue;
                String where = rulesDir.relativize(fixture.size() == 1 ? fixture.get(0) : fixture.get(0).getParent()).toString().replace('\\', '/');
                Example e = new Example(r.id(), where, want, plans);
                if (best == null || length(e) < length(best)) best = e;
            }
            if (best != null) out.put(r.id(), best);
        }
        return out;
    }

    /** The examples the build shipped in the jar. */
    public static Map<String, Example> shipped() {
        try (InputStream in = RuleExamples.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + " (was the jar built with mvn package?)");
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples for a rule source: shipped ones for the built-in rules, computed from the fixtures for {@code --rules DIR}. */
    public static Map<String, Example> forRules(Path rulesDir, Catalogue catalogue) {
        return rulesDir == null ? shipped() : fromDirectory(rulesDir, catalogue);
    }

    public static String toJson(Map<String, Example> examples) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        examples.forEach((id, e) -> {
            ObjectNode n = root.putObject(id);
            n.put("fixture", e.fixture());
            n.put("outcome", e.outcome());
            ArrayNode plans = n.putArray("plans");
            for (ExamplePlan p : e.plans()) plans.addObject().put("file", p.file()).put("yaml", p.yaml());
        });
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Example> fromJson(String text) throws IOException {
        Map<String, Example> out = new LinkedHashMap<>();
        JsonNode root = new ObjectMapper().readTree(text);
        for (var it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            List<ExamplePlan> plans = new ArrayList<>();
            for (JsonNode p : e.getValue().path("plans")) plans.add(new ExamplePlan(p.path("file").asText(), p.path("yaml").asText()));
            out.put(e.getKey(), new Example(e.getKey(), e.getValue().path("fixture").asText(), e.getValue().path("outcome").asText(), plans));
        }
        return out;
    }

    private static int length(Example e) {
        return e.plans().stream().mapToInt(p -> p.yaml().length()).sum();
    }

    private static boolean neverPasses(Path rulesDir, Requirement r) {
        Path entry = rulesDir.resolve(r.family()).resolve(r.id()).resolve("requirement.yaml");
        return read(entry).lines().anyMatch(l -> l.strip().equals("never_passes: true"));
    }

    /** Each fixture of a tests folder: one plan file, or a folder of plans checked together. */
    private static List<List<Path>> fixtures(Path tests) {
        List<List<Path>> out = new ArrayList<>();
        try (Stream<Path> items = Files.list(tests)) {
            for (Path item : items.sorted(Comparator.comparing(Path::toString)).toList()) {
                if (Files.isDirectory(item)) {
                    try (Stream<Path> plans = Files.list(item)) {
                        List<Path> batch = plans.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
                        if (!batch.isEmpty()) out.add(batch);
                    }
                } else if (item.toString().endsWith(".yaml")) {
                    out.add(List.of(item));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + tests, e);
        }
        return out;
    }

    private static boolean expects(List<Path> fixture, String id, String outcome) {
        for (Path f : fixture) {
            for (String line : read(f).lines().toList()) {
                Matcher m = EXPECT.matcher(line.strip());
                if (m.matches() && m.group(1).equals(id) && m.group(2).equals(outcome)) return true;
            }
        }
        return false;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }
}
