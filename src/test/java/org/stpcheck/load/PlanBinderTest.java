package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import org.stpcheck.Mutator;
import org.stpcheck.PlanGenerator;
import org.stpcheck.load.PlanLoader.LoadedPlan;
import org.stpcheck.load.build.PlanBinderWriter;
import org.stpcheck.model.Plan;

/**
 * The binder the build generates ({@link PlanBinderWriter}) gives exactly the {@link Plan} that the
 * loader's former Jackson binding gave (snake case, java.time, unknown properties fail), for every
 * plan we have: the 44 plans, the examples, every fixture, seeded generated plans and the mutants
 * of the 44 plans that still load.
 */
class PlanBinderTest {
    /** The loader's binding before issue 12, kept here as the reference. */
    private static final ObjectMapper JACKSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Function<JsonNode, Plan> JACKSON_BINDING = tree -> {
        try {
            return JACKSON.treeToValue(tree, Plan.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    };

    private final PlanLoader generated = new PlanLoader();
    private final PlanLoader reference = new PlanLoader(JACKSON_BINDING);

    /** Returns whether the text loaded (then both bindings agreed). */
    private boolean sameBinding(String name, String text) {
        LoadedPlan ours = generated.load(name, text);
        LoadedPlan theirs = reference.load(name, text);
        assertThat(ours.errors()).as(name).isEqualTo(theirs.errors());
        if (!theirs.isValid()) return false;
        assertThat(ours.plan()).as(name).isEqualTo(theirs.plan());
        // equal records can still differ in what they hold: the same list class, the same number types
        assertThat(typed(ours.plan())).as(name).isEqualTo(typed(theirs.plan()));
        return true;
    }

    /** A value written out with the class of every record, list and scalar in it. */
    private static String typed(Object v) {
        if (v == null) return "null";
        StringBuilder b = new StringBuilder(v.getClass().getName()).append('(');
        if (v instanceof Record r) {
            for (var c : r.getClass().getRecordComponents()) {
                try {
                    b.append(typed(c.getAccessor().invoke(r))).append(',');
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (v instanceof List<?> l) {
            for (Object o : l) b.append(typed(o)).append(',');
        } else {
            b.append(v);
        }
        return b.append(')').toString();
    }

    private static List<Path> yamlUnder(String dir) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of(dir))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void thePlansTheExamplesAndEveryFixtureBindAsJacksonBoundThem() throws IOException {
        List<Path> files = new ArrayList<>(yamlUnder("plans"));
        files.addAll(yamlUnder("src/test/resources/examples"));
        int plans = files.size();
        for (Path f : yamlUnder("rules")) if (f.getParent().getFileName().toString().equals("tests")) files.add(f);
        int valid = 0;
        for (Path f : files) if (sameBinding(f.toString(), Files.readString(f))) valid++;
        assertThat(plans).isEqualTo(46);
        assertThat(files.size() - plans).as("fixtures").isGreaterThan(500);
        assertThat(valid).as("valid files compared").isGreaterThan(450);
    }

    @Test
    void seededGeneratedPlansBindAsJacksonBoundThem() {
        for (long seed = 20261201L; seed < 20261201L + 150; seed++) {
            assertThat(sameBinding("gen-" + seed + ".yaml", new PlanGenerator(seed).yaml())).as("seed %d loads", seed).isTrue();
        }
    }

    @Test
    void mutantsOfThePlansBindAsJacksonBoundThemWheneverTheyLoad() throws IOException {
        int valid = 0;
        List<Path> plans = yamlUnder("plans");
        for (int i = 0; i < 600; i++) {
            byte[] source = Files.readAllBytes(plans.get(i % plans.size()));
            byte[] bytes = new Mutator(7_000L + i).mutate(source).bytes();
            if (sameBinding("mutant-" + i + ".yaml", new String(bytes, StandardCharsets.UTF_8))) valid++;
        }
        assertThat(valid).as("mutants that still load").isGreaterThan(20);
    }

    @Test
    void aKeyTheModelDoesNotHoldIsADefectNotASilentDrop() {
        ObjectNode tree = new ObjectMapper().createObjectNode().put("$path", "").put("format_version", 1);
        tree.putObject("footprint").put("$path", "footprint").put("nmae", "x");
        assertThatThrownBy(() -> Binding.built().apply(tree)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"nmae\"").hasMessageContaining("Footprint");
        assertThatThrownBy(() -> JACKSON_BINDING.apply(tree)).isInstanceOf(IllegalArgumentException.class);
        tree.remove("footprint");
        tree.put("format_version", 3_000_000_000L);
        assertThatThrownBy(() -> Binding.built().apply(tree)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JACKSON_BINDING.apply(tree)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWriterNamesKeysAsJacksonsSnakeCase() {
        String source = PlanBinderWriter.source();
        assertThat(source).contains("case \"allocation_2020_21_gbp\"", "case \"ae_4hr_pct\"", "case \"$list\"", "case \"dashboard_rating_july_2017\"");
    }
}
