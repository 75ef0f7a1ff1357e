package org.stpcheck.catalogue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The requirements catalogue: every {@code requirement.yaml} under {@code rules/}, in catalogue
 * order (family, then number), and the rule configuration beside them.
 */
public final class Catalogue {
    /** The six families in catalogue order (requirements.md §0.2). */
    public static final List<String> FAMILIES = List.of("PG", "RECONF", "ACS", "S75", "COMP", "ENG");
    /** Default window start: the planning guidance of 22 Dec 2015 (requirements.md §10 item 5). */
    public static final LocalDate DEFAULT_FROM = LocalDate.of(2015, 12, 22);
    private static final Pattern ID = Pattern.compile("(PG|RECONF|ACS|S75|COMP|ENG)-([0-9]{2})");

    private final Map<String, Requirement> byId;
    private final RuleConfig config;

    private Catalogue(Map<String, Requirement> byId, RuleConfig config) {
        this.byId = byId;
        this.config = config;
    }

    /** The file the build writes: every catalogue entry and the configuration, as one JSON document. */
    public static final String COMPILED = "stpcheck/rules/catalogue.json";

    public static Catalogue load(RuleSource source) {
        Catalogue built = source.builtCatalogue();
        if (built != null) return built;
        JsonNode compiled = source.compiledCatalogue();
        return compiled != null ? fromTrees(compiled, source) : fromTrees(readYaml(source), source);
    }

    /** The catalogue of entries already checked (the class the build writes calls this). */
    static Catalogue of(List<Requirement> requirements, RuleConfig config) {
        List<Requirement> list = new ArrayList<>(requirements);
        list.sort(ORDER);
        Map<String, Requirement> byId = new LinkedHashMap<>();
        for (Requirement r : list) {
            if (byId.putIfAbsent(r.id(), r) != null) throw new CatalogueException("requirement " + r.id() + " is defined twice");
        }
        return new Catalogue(byId, config);
    }

    /**
     * Reads every {@code requirement.yaml} and {@code config.yaml} of a source into one tree,
     * {"entries": {file: entry}, "config": config}: the form the build ships (a single JSON parse
     * at start-up instead of 84 YAML ones) and the form {@link #load} reads.
     */
    public static ObjectNode readYaml(RuleSource source) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectNode all = yaml.createObjectNode();
        ObjectNode entries = all.putObject("entries");
        for (String file : source.files()) {
            if (!file.endsWith("/requirement.yaml") && !file.equals("config.yaml")) continue;
            try {
                JsonNode tree = yaml.readTree(source.read(file));
                if (file.equals("config.yaml")) all.set("config", tree);
                else entries.set(file, tree);
            } catch (IOException | RuntimeException e) {
                throw new CatalogueException(source.display(file) + ": " + e.getMessage());
            }
        }
        return all;
    }

    /** The catalogue of a tree that {@link #readYaml} made; problems name the source's files. */
    public static Catalogue fromTrees(JsonNode all, RuleSource source) {
        List<Requirement> list = new ArrayList<>();
        for (var it = all.path("entries").fields(); it.hasNext(); ) {
            var e = it.next();
            try {
                list.add(parse(e.getValue(), e.getKey()));
            } catch (RuntimeException ex) {
                throw new CatalogueException(source.display(e.getKey()) + ": " + ex.getMessage());
            }
        }
        RuleConfig config;
        try {
            if (!all.has("config")) throw new IllegalArgumentException("missing");
            config = RuleConfig.from(all.get("config"));
        } catch (RuntimeException e) {
            throw new CatalogueException(source.display("config.yaml") + ": " + e.getMessage());
        }
        return of(list, config);
    }

    /** Catalogue order: family order, then the requirement's number. */
    public static final Comparator<Requirement> ORDER = Comparator
            .comparingInt((Requirement r) -> FAMILIES.indexOf(r.family()))
            .thenComparingInt(r -> number(r.id()));

    public static int number(String id) {
        Matcher m = ID.matcher(id);
        return m.matches() ? Integer.parseInt(m.group(2)) : Integer.MAX_VALUE;
    }

    private static Requirement parse(JsonNode n, String file) {
        String id = req(n, "id");
        Matcher m = ID.matcher(id);
        if (!m.matches()) throw new IllegalArgumentException("id " + id + " is not a catalogue id such as PG-03");
        String family = req(n, "family");
        if (!family.equals(m.group(1))) throw new IllegalArgumentException("family " + family + " does not match id " + id);
        if (!file.contains("/" + id + "/")) throw new IllegalArgumentException("requirement " + id + " must live in a folder named " + id);
        return new Requirement(id, family, req(n, "title"), Severity.parse(req(n, "severity")),
                n.path("legal_review").asBoolean(false), Confidence.valueOf(req(n, "confidence")),
                req(n, "citation"), opt(n, "statute"), req(n, "remedy"),
                n.has("effective_from") ? LocalDate.parse(n.get("effective_from").asText()) : DEFAULT_FROM,
                n.has("effective_to") ? LocalDate.parse(n.get("effective_to").asText()) : null,
                req(n, "rule"), req(n, "logic"), n.path("batch_only").asBoolean(false), reads(n));
    }

    private static List<String> reads(JsonNode n) {
        List<String> keys = new ArrayList<>();
        JsonNode list = n.path("reads");
        if (!list.isMissingNode() && !list.isArray()) throw new IllegalArgumentException("reads must be a list of plan-format keys");
        for (JsonNode k : list) keys.add(k.asText().strip());
        return keys;
    }

    private static String req(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull() || v.asText().isBlank()) throw new IllegalArgumentException("missing " + key);
        return v.asText().strip();
    }

    private static String opt(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    public List<Requirement> requirements() { return List.copyOf(byId.values()); }

    public Optional<Requirement> find(String id) { return Optional.ofNullable(byId.get(id.toUpperCase(Locale.ROOT))); }

    public Requirement get(String id) {
        Requirement r = byId.get(id);
        if (r == null) throw new IllegalArgumentException("no requirement " + id + " in the catalogue");
        return r;
    }

    public RuleConfig config() { return config; }

    public int size() { return byId.size(); }

    /** A catalogue problem: the file and what is wrong. */
    public static final class CatalogueException extends RuntimeException {
        public CatalogueException(String message) { super(message); }
    }
}
