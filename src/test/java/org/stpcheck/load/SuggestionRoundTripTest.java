package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.Suggestions;
import org.stpcheck.load.Shape.Type;
import org.stpcheck.load.YamlOut.Entry;
import org.stpcheck.load.YamlOut.Mapping;
import org.stpcheck.load.YamlOut.Node;
import org.stpcheck.load.YamlOut.Sequence;

/**
 * The YAML suggested for a finding can be pasted as it is. For every requirement's fixtures where
 * it is unmet or fails, each suggestion is filled as an author would fill it (the values the
 * requirement's passing fixture has at the same paths; a key the passing fixture leaves out is left
 * out when optional), indented to where the finding points, pasted into the plan, and the plan
 * must load. The plan is first rewritten in block style, where pasting lines is possible.
 */
class SuggestionRoundTripTest {
    private static final Pattern EXPECT = Pattern.compile("^#\\s*expect\\s+([A-Z0-9]+-[0-9]{2}):\\s*(fail|unmet)\\b.*");

    @Test
    void everySuggestionForAnUnmetOrFailingFixtureFilledAndPastedGivesAPlanThatLoads(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Map<String, String> problems = new TreeMap<>();
        Set<String> requirementsWithSuggestions = new HashSet<>();
        Set<String> unmetFixturesWithoutSuggestion = new HashSet<>();
        int pasted = 0;
        int resultsPasted = 0;
        Set<String> passedInOneRound = new java.util.TreeSet<>();
        for (Requirement r : TestSupport.catalogue().requirements()) {
            Path tests = TestSupport.RULES_DIR.resolve(r.family()).resolve(r.id()).resolve("tests");
            List<Path> fixtures;
            try (Stream<Path> s = Files.list(tests)) {
                fixtures = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
            Map<String, YamlNode> passing = passingValues(fixtures, r.id());
            for (Path fixture : fixtures) {
                String expected = expectation(fixture, r.id());
                if (expected == null) continue;
                String block = blockStyle(Files.readString(fixture));
                Path plan = Files.writeString(tmp.resolve(r.id() + "-" + fixture.getFileName()), block);
                PlanReport report = TestSupport.checkOne(plan);
                assertThat(report.valid()).as("%s in block style loads", fixture).isTrue();
                Result result = TestSupport.result(report, r.id());
                boolean any = false;
                for (Located l : result.findings()) {
                    Optional<Suggestion> suggestion = Suggestions.of(l);
                    if (suggestion.isEmpty()) continue;
                    any = true;
                    requirementsWithSuggestions.add(r.id());
                    String where = fixture + " " + l.missing();
                    // a reference needs something to name: an author adds it first (a CCG, a source...)
                    String prepared = withTargets(block, suggestion.get());
                    String filled = fill(suggestion.get(), passing, prepared);
                    if (filled == null) continue; // every key of the snippet was optional and the passing plan has none of them
                    PlanLoader.LoadedPlan loaded = new PlanLoader().load(plan.toString(), prepared);
                    assertThat(loaded.isValid()).as("%s prepared", where).isTrue();
                    int[] at = loaded.locations().insertionPoint(suggestion.get().path());
                    String pastedText = paste(prepared, at[0], at[1] - 1, filled);
                    PlanLoader.LoadedPlan after = new PlanLoader().load(where, pastedText);
                    pasted++;
                    if (!after.isValid()) problems.put(where, "does not load after pasting:\n" + indent(filled, at[1] - 1) + "\n" + after.formattedErrors());
                }
                if (!any && expected.equals("unmet")) unmetFixturesWithoutSuggestion.add(fixture.toString());
                // the result's suggestions together (merged by place, with the keys the requirement reads)
                List<Suggestion> merged = Suggestions.of(result);
                if (merged.isEmpty()) continue;
                String text = block;
                boolean loads = true;
                for (Suggestion sg : merged) {
                    String prepared = withTargets(text, sg);
                    String filled = fill(sg, passing, prepared);
                    if (filled == null) continue;
                    int[] at = new PlanLoader().load(plan.toString(), prepared).locations().insertionPoint(sg.path());
                    text = paste(prepared, at[0], at[1] - 1, filled);
                    PlanLoader.LoadedPlan after = new PlanLoader().load(fixture + " (all)", text);
                    if (!after.isValid()) {
                        problems.put(fixture + " (the result's suggestions)", "does not load:\n" + text + "\n" + after.formattedErrors());
                        loads = false;
                        break;
                    }
                }
                if (!loads) continue;
                resultsPasted++;
                Path fixed = Files.writeString(tmp.resolve(r.id() + "-fixed-" + fixture.getFileName()), text);
                if (TestSupport.result(TestSupport.checkOne(fixed), r.id()).outcome().word().equals("pass")) passedInOneRound.add(fixture.toString());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(pasted).as("suggestions pasted").isGreaterThan(100);
        assertThat(requirementsWithSuggestions).as("requirements with a suggestion").hasSizeGreaterThan(50);
        System.out.println("SuggestionRoundTripTest: " + pasted + " suggestions pasted for " + requirementsWithSuggestions.size()
                + " requirements; unmet fixtures without a suggestion (the value is stated, e.g. unknown): " + unmetFixturesWithoutSuggestion.size()
                + "; results whose merged suggestions were pasted: " + resultsPasted + ", of which pass after one paste: " + passedInOneRound.size());
        System.out.println("  without a suggestion: " + new java.util.TreeSet<>(unmetFixturesWithoutSuggestion));
    }

    private static String expectation(Path fixture, String id) throws IOException {
        for (String line : Files.readAllLines(fixture)) {
            Matcher m = EXPECT.matcher(line.strip());
            if (m.matches() && m.group(1).equals(id)) return m.group(2);
        }
        return null;
    }

    /** Path with {@code []} → the first node the requirement's passing fixtures have there. */
    private static Map<String, YamlNode> passingValues(List<Path> fixtures, String id) throws IOException {
        Map<String, YamlNode> out = new HashMap<>();
        for (Path f : fixtures) {
            String text = Files.readString(f);
            if (!Pattern.compile("(?m)^#\\s*expect\\s+" + id + ":\\s*pass\\b").matcher(text).find()) continue;
            index(new YamlReader(new LoadErrors()).read(text), "", out);
        }
        return out;
    }

    private static void index(YamlNode n, String path, Map<String, YamlNode> out) {
        out.putIfAbsent(path, n);
        if (n instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) index(e.value(), path.isEmpty() ? e.key() : path + "." + e.key(), out);
        } else if (n instanceof YamlNode.Sequence s) {
            for (YamlNode i : s.items()) index(i, path + "[]", out);
        }
    }

    /** The snippet with its placeholders filled, as YAML from column 0; null when nothing is left to paste. */
    private static String fill(Suggestion s, Map<String, YamlNode> passing, String plan) {
        Map<String, String> ids = idKinds(plan);
        YamlNode snippet = new YamlReader(new LoadErrors()).read(s.yaml());
        String base = FormatDocs.normalize(s.path());
        if (snippet instanceof YamlNode.Sequence seq) {
            List<Node> items = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                Node n = fillNode(item, base + "[]", passing, ids);
                if (n != null) items.add(n);
            }
            return items.isEmpty() ? null : YamlOut.write(new Sequence(items));
        }
        Node n = fillNode(snippet, base, passing, ids);
        return n == null ? null : YamlOut.write((Mapping) n, false);
    }

    private static Node fillNode(YamlNode node, String path, Map<String, YamlNode> passing, Map<String, String> ids) {
        if (node instanceof YamlNode.Mapping m) {
            List<Entry> entries = new ArrayList<>();
            for (YamlNode.Entry e : m.entries().values()) {
                String child = path.isEmpty() ? e.key() : path + "." + e.key();
                Node v = fillNode(e.value(), child, passing, ids);
                if (v != null) entries.add(new Entry(e.key(), v, null, false));
            }
            return entries.isEmpty() ? null : new Mapping(entries);
        }
        if (node instanceof YamlNode.Sequence s) {
            boolean placeholderList = s.items().size() == 1 && s.items().get(0) instanceof YamlNode.Scalar;
            YamlNode have = passing.get(path);
            if (placeholderList) {
                if (have instanceof YamlNode.Sequence hs && !hs.items().isEmpty()) {
                    List<Node> items = new ArrayList<>();
                    Set<String> seen = new HashSet<>();
                    for (YamlNode i : hs.items()) {
                        Node n = refSafe(path, (YamlNode.Scalar) i, ids);
                        if (seen.add(((YamlOut.Text) n).block())) items.add(n);
                    }
                    return new Sequence(items);
                }
                return required(path) ? new Sequence(List.of(YamlOut.raw(byType(path, ids)))) : null;
            }
            List<Node> items = new ArrayList<>();
            for (YamlNode i : s.items()) {
                Node n = fillNode(i, path + "[]", passing, ids);
                if (n != null) items.add(n);
            }
            return items.isEmpty() ? null : new Sequence(items);
        }
        YamlNode.Scalar sc = (YamlNode.Scalar) node;
        if (!sc.text().startsWith("<")) return YamlOut.of(sc);
        YamlNode have = passing.get(path);
        if (have instanceof YamlNode.Scalar hs) return refSafe(path, hs, ids);
        return required(path) ? YamlOut.raw(byType(path, ids)) : null;
    }

    /** A passing value, unless it is an id this plan already uses or a reference to one it does not have. */
    private static Node refSafe(String path, YamlNode.Scalar value, Map<String, String> ids) {
        Shape.Scalar s = FormatKey.scalar(FormatDocs.key(path).orElseThrow().shape());
        if (s.type() == Type.ID && ids.containsKey(value.text())) return YamlOut.raw(value.text() + "_new");
        if (s.type() == Type.REF && !value.text().equals("hwb")
                && !(ids.containsKey(value.text()) && accepts(s.refKind(), ids.get(value.text())))) return YamlOut.raw(byType(path, ids));
        return YamlOut.of(value);
    }

    private static boolean required(String path) {
        return FormatDocs.key(path).map(FormatKey::required).orElse(false);
    }

    /** A valid value of the key's type, for a required key the passing fixture does not show. */
    private static String byType(String path, Map<String, String> ids) {
        FormatKey k = FormatDocs.key(path).orElseThrow();
        Shape.Scalar s = FormatKey.scalar(k.shape());
        return switch (s.type()) {
            case ENUM -> s.values().get(0);
            case BOOLEAN -> "true";
            case TRI -> "true";
            case DATE -> "2017-01-01";
            case FY -> "\"2017/18\"";
            case PERIOD -> "\"2017/18\"";
            case INTEGER, NUMBER -> s.min() != null && s.min() > 0 ? String.valueOf(s.min().longValue()) : "1";
            case ID -> "added_item";
            case REF -> ids.entrySet().stream().filter(e -> accepts(s.refKind(), e.getValue())).map(Map.Entry::getKey)
                    .sorted().findFirst().orElse("missing_id");
            case CODE -> "nhs_act_2006_s3";
            case URL -> "https://example.org";
            case CONST_ONE -> "1";
            case STRING -> s.pattern() == null ? "Filled in" : k.example();
        };
    }

    private static final Set<String> ORGANISATIONS = Set.of("ccg", "local_authority", "nhs_trust", "foundation_trust", "independent",
            "gp_federation", "voluntary", "nhs_england", "nhs_improvement", "healthwatch", "other");

    /** Each id the plan defines, with what it is: an organisation's kind, source, s75, activity or item (plan-format 1.4). */
    private static Map<String, String> idKinds(String plan) {
        Map<String, String> out = new HashMap<>();
        kinds(new YamlReader(new LoadErrors()).read(plan), "", out);
        return out;
    }

    private static void kinds(YamlNode n, String path, Map<String, String> out) {
        if (n instanceof YamlNode.Mapping m) {
            if (m.entries().get("id") != null && m.entries().get("id").value() instanceof YamlNode.Scalar id) {
                String list = FormatDocs.normalize(path);
                YamlNode.Entry type = m.entries().get("type");
                String kind = switch (list) {
                    case "members.ccgs[]" -> "ccg";
                    case "members.local_authorities[]" -> "local_authority";
                    case "members.providers[]", "members.other_bodies[]" -> type == null ? "other" : ((YamlNode.Scalar) type.value()).text();
                    case "plan.sources[]" -> "source";
                    case "s75_agreements[]" -> "s75";
                    case "engagement.activities[]", "reconfigurations[].involvement.ccg_activities[]",
                         "reconfigurations[].involvement.provider_activities[]" -> "activity";
                    default -> "item";
                };
                out.put(id.text(), kind);
            }
            for (YamlNode.Entry e : m.entries().values()) kinds(e.value(), path.isEmpty() ? e.key() : path + "." + e.key(), out);
        } else if (n instanceof YamlNode.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) kinds(s.items().get(i), path + "[" + i + "]", out);
        }
    }

    /** Whether a reference of {@code refKind} may name an item of {@code kind} (plan-format 1.4). */
    private static boolean accepts(String refKind, String kind) {
        return switch (refKind) {
            case "org", "org_or_hwb" -> ORGANISATIONS.contains(kind);
            case "la" -> kind.equals("local_authority");
            case "commissioner" -> kind.equals("ccg") || kind.equals("nhs_england");
            case "trust" -> kind.equals("nhs_trust") || kind.equals("foundation_trust");
            default -> kind.equals(refKind);
        };
    }

    /** Where an author adds an item a reference of each kind can name, when the plan has none. */
    private static final Map<String, String[]> TARGETS = Map.of(
            "org", new String[] {"members", "ccgs", "{id: added_ccg, name: Added CCG, code: E38000999}"},
            "org_or_hwb", new String[] {"members", "ccgs", "{id: added_ccg, name: Added CCG, code: E38000999}"},
            "ccg", new String[] {"members", "ccgs", "{id: added_ccg, name: Added CCG, code: E38000999}"},
            "commissioner", new String[] {"members", "ccgs", "{id: added_ccg, name: Added CCG, code: E38000999}"},
            "la", new String[] {"members", "local_authorities", "{id: added_la, name: Added Council, tier: unitary}"},
            "trust", new String[] {"members", "providers", "{id: added_trust, name: Added Trust, type: nhs_trust}"},
            "source", new String[] {"plan", "sources", "{id: added_source, title: Added source}"},
            "s75", new String[] {"", "s75_agreements", "{id: added_s75, name: Added agreement}"},
            "activity", new String[] {"engagement", "activities", "{id: added_activity, audience: public, method: Public meeting}"});

    /** The plan with, for each kind of reference in the snippet that nothing in the plan can satisfy, one item to name. */
    private static String withTargets(String plan, Suggestion s) {
        Set<String> needed = new java.util.TreeSet<>();
        String base = FormatDocs.normalize(s.path());
        Map<String, String> ids = idKinds(plan);
        for (FormatKey k : FormatDocs.keys()) {
            Shape.Scalar sc = FormatKey.scalar(k.shape());
            if (sc == null || sc.type() != Type.REF || !(k.path().equals(base) || k.path().startsWith(base.isEmpty() ? "" : base + ".") || k.path().startsWith(base + "[]"))) continue;
            if (!s.yaml().contains(k.placeholder())) continue;
            if (ids.values().stream().noneMatch(kind -> accepts(sc.refKind(), kind))) needed.add(sc.refKind());
        }
        String text = plan;
        for (String kind : needed) {
            String[] t = TARGETS.get(kind);
            if (idKinds(text).values().stream().anyMatch(k -> accepts(kind, k))) continue;
            YamlNode root = new YamlReader(new LoadErrors()).read(text);
            YamlNode item = new YamlReader(new LoadErrors()).read(t[2]);
            text = YamlOut.write((Mapping) add(root, t[0], t[1], item), false);
        }
        return text;
    }

    /** {@code root} with {@code item} appended to the list {@code key} of the mapping at {@code parent}, made if missing. */
    private static Node add(YamlNode root, String parent, String key, YamlNode item) {
        Mapping m = (Mapping) block(root);
        return addAt(m, parent.isEmpty() ? List.of() : List.of(parent.split("\\.")), key, block(item));
    }

    private static Mapping addAt(Mapping m, List<String> parent, String key, Node item) {
        List<Entry> entries = new ArrayList<>(m.entries());
        if (parent.isEmpty()) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).key().equals(key)) {
                    List<Node> items = new ArrayList<>(((Sequence) entries.get(i).value()).items());
                    items.add(item);
                    entries.set(i, new Entry(key, new Sequence(items), null, false));
                    return new Mapping(entries);
                }
            }
            entries.add(new Entry(key, new Sequence(List.of(item)), null, false));
            return new Mapping(entries);
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(parent.get(0))) {
                entries.set(i, new Entry(parent.get(0), addAt((Mapping) entries.get(i).value(), parent.subList(1, parent.size()), key, item), null, false));
                return new Mapping(entries);
            }
        }
        entries.add(new Entry(parent.get(0), addAt(new Mapping(List.of()), parent.subList(1, parent.size()), key, item), null, false));
        return new Mapping(entries);
    }

    private static String paste(String plan, int afterLine, int indent, String snippet) {
        List<String> lines = new ArrayList<>(plan.lines().toList());
        lines.addAll(Math.min(afterLine, lines.size()), indent(snippet, indent).lines().toList());
        return String.join("\n", lines) + "\n";
    }

    private static String indent(String text, int n) {
        String pad = " ".repeat(Math.max(0, n));
        StringBuilder b = new StringBuilder();
        for (String l : text.lines().toList()) b.append(pad).append(l).append('\n');
        return b.toString();
    }

    /** The plan rewritten in block style (comments dropped): pasting lines into a {k: v} mapping is not possible. */
    static String blockStyle(String text) {
        YamlNode root = new YamlReader(new LoadErrors()).read(text);
        return YamlOut.write((Mapping) block(root), false);
    }

    private static Node block(YamlNode n) {
        if (n instanceof YamlNode.Mapping m) {
            List<Entry> entries = new ArrayList<>();
            for (YamlNode.Entry e : m.entries().values()) entries.add(new Entry(e.key(), block(e.value()), null, false));
            return new Mapping(entries);
        }
        if (n instanceof YamlNode.Sequence s) {
            List<Node> items = new ArrayList<>();
            for (YamlNode i : s.items()) items.add(block(i));
            return new Sequence(items);
        }
        return YamlOut.of((YamlNode.Scalar) n);
    }
}
