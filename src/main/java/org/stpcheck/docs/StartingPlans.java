package org.stpcheck.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.load.PlanTemplate;

/**
 * What {@code stpcheck init} writes: a starting plan with every key, filled with the known facts
 * of one footprint when asked. The facts come from the plans of {@code plans/} shipped in the jar,
 * read generically: a footprint is found by its ONS code, its name or its file name, whatever the
 * case, and whatever its plan holds is kept.
 */
public final class StartingPlans {
    public static final String INDEX = "stpcheck/plans/index.txt";
    private static final String DIR = "stpcheck/plans/";

    private StartingPlans() {}

    /** One shipped plan: its file name under {@code plans/}, its footprint and its text. */
    public record Known(String file, String code, String name, String text) {}

    /** Every shipped plan, in file order. */
    public static List<Known> shipped() {
        List<Known> out = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String file : resource(INDEX).lines().filter(l -> !l.isBlank()).toList()) {
            String text = resource(DIR + file);
            try {
                JsonNode footprint = yaml.readTree(text).path("footprint");
                out.add(new Known(file, footprint.path("code").asText(null), footprint.path("name").asText(null), text));
            } catch (IOException e) {
                throw new UncheckedIOException("shipped plan " + file + " does not read", e);
            }
        }
        return out;
    }

    /** The plan of the footprint with this ONS code, name or file name (any case). */
    public static Optional<Known> find(String footprint) {
        String want = footprint.strip().toLowerCase(Locale.ROOT);
        for (Known k : shipped()) {
            if (want.equals(lower(k.code())) || want.equals(lower(k.name())) || want.equals(lower(k.file().replaceFirst("\\.yaml$", "")))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The starting plan. Without a known plan, {@code plan.as_of} is the first day on which every
     * requirement of the catalogue is in force, so a new plan is checked against all of them.
     */
    public static String write(Catalogue catalogue, Known known, String schemaRef) {
        List<String> header = new ArrayList<>();
        if (schemaRef != null) header.add("yaml-language-server: $schema=" + schemaRef);
        header.add(known == null ? "A starting plan, written by `stpcheck init`."
                : "A starting plan for " + known.name() + " (" + known.code() + "), written by `stpcheck init` with the facts of plans/" + known.file() + ".");
        header.add("Every key of plan format 1 is here. A key whose fact is not known yet is a comment: to use it, remove");
        header.add("the \"# \" before its lines and replace each <placeholder> with the fact. Leave out what the plan does not");
        header.add("say: a missing fact shows as unmet, which is the honest answer. A key's comment names the requirements");
        header.add("that read it; docs/plan-format.md says what each key means.");
        Map<String, List<String>> readers = KeyReaders.of(catalogue);
        return PlanTemplate.write(known == null ? null : known.text(), readers, allInForce(catalogue), header);
    }

    /** The first date on which every requirement is in force (the latest window start). */
    static LocalDate allInForce(Catalogue catalogue) {
        LocalDate d = Catalogue.DEFAULT_FROM;
        for (Requirement r : catalogue.requirements()) if (r.effectiveFrom().isAfter(d)) d = r.effectiveFrom();
        return d;
    }

    private static String lower(String s) { return s == null ? null : s.toLowerCase(Locale.ROOT); }

    private static String resource(String name) {
        try (InputStream in = StartingPlans.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " (was the jar built with mvn package?)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
