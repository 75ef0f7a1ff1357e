package org.stpcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.stpcheck.PlanFacts.Row;
import org.stpcheck.load.PlanLoader;
import org.stpcheck.load.PlanLoader.LoadedPlan;
import org.stpcheck.model.Organisation;
import org.stpcheck.model.Source;

/**
 * Every value of the real plans traces to its source, and every sourced fact with a home is in a
 * plan or left out for a recorded reason (plans/README.md). Read from the data, not from a list.
 */
class PlanDataTraceTest {
    /** One value of a plan file: its path as the loader names it, and the same with list positions as []. */
    record Leaf(String path, String shape, JsonNode value) {}

    /** A plan with its leaves and the data rows its values were matched to. */
    record Traced(Path file, LoadedPlan loaded, List<Leaf> leaves) {
        String code() { return loaded.plan().footprint().code(); }
        LocalDate asOf() { return loaded.plan().plan().asOf(); }
    }

    static List<Row> rows;
    static Map<String, CSVRecord> footprints;
    static Map<String, List<String>> homes;
    static Map<Integer, String[]> leftOut;
    static List<Traced> plans = new ArrayList<>();
    /** Rows matched by some value, with the value that matched (file:path). */
    static Map<Integer, String> used = new TreeMap<>();
    static List<String> untraced = new ArrayList<>();

    @BeforeAll
    static void trace() throws IOException {
        rows = PlanFacts.rows();
        footprints = PlanFacts.footprints();
        homes = PlanFacts.homes();
        leftOut = PlanFacts.leftOut();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (Path f : CorpusTest.planFiles()) {
            LoadedPlan lp = new PlanLoader().load(f);
            assertThat(lp.errors()).as(f.toString()).isEmpty();
            List<Leaf> leaves = new ArrayList<>();
            walk(yaml.readTree(f.toFile()), "", "", leaves);
            Traced t = new Traced(f, lp, leaves);
            plans.add(t);
            for (Leaf leaf : leaves) {
                boolean footprintFact = isFootprintFact(t, leaf);
                List<Row> matches = matches(t, leaf);
                for (Row r : matches) used.putIfAbsent(r.line(), f.getFileName() + ":" + leaf.path());
                if (matches.isEmpty() && !footprintFact) untraced.add(f.getFileName() + ": " + leaf.path() + " = " + leaf.value());
            }
        }
    }

    /** Leaves outside {@code plan} (the file's identity and its sources), without ids and source keys. */
    private static void walk(JsonNode node, String path, String shape, List<Leaf> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String k = e.getKey();
                if (k.equals("source") || k.equals("id") || (path.isEmpty() && (k.equals("plan") || k.equals("format_version")))) continue;
                walk(e.getValue(), path.isEmpty() ? k : path + "." + k, shape.isEmpty() ? k : shape + "." + k, out);
            }
        } else if (node.isArray() && node.size() > 0 && !node.get(0).isValueNode()) {
            for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", shape + "[]", out);
        } else {
            out.add(new Leaf(path, shape, node));
        }
    }

    /** Values of data/stp44.csv and stp44-ccgs.csv: exempt from matching a row of stp44-plan-facts.csv. */
    private static boolean isFootprintFact(Traced t, Leaf leaf) {
        CSVRecord fp = footprints.get(t.code());
        return switch (leaf.shape()) {
            case "finance.cep_area", "acs.status", "acs.area_name" -> true;
            case "governance.lead.name" -> leaf.value().asText().equals(fp.get("lead_name"));
            case "governance.lead.role", "governance.lead.organisation", "governance.lead.sector" -> !fp.get("lead_name").isEmpty();
            case "finance.do_nothing_gap_2020_21_gbp" -> !fp.get("funding_gap_2020_21_gbp_m").isEmpty()
                    && new BigDecimal(fp.get("funding_gap_2020_21_gbp_m")).movePointRight(6).compareTo(leaf.value().decimalValue()) == 0;
            default -> leaf.shape().startsWith("footprint.") || leaf.shape().startsWith("members.");
        };
    }

    /** The rows of this footprint a value comes from: same home, same value, same source address and confidence. */
    private static List<Row> matches(Traced t, Leaf leaf) {
        Optional<Source> src = t.loaded().provenance().sourceOf(leaf.path());
        if (src.isEmpty()) return List.of();
        BiPredicate<Row, JsonNode> same = MATCHERS.get(leaf.shape());
        if (same == null) return List.of();
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (!r.onsCode().equals(t.code()) || homes.get(r.factKey()).stream().noneMatch(h -> homeFits(leaf.shape(), h))) continue;
            if (!r.url().equals(src.get().url()) || !r.confidence().equals(src.get().confidence())) continue;
            if (leaf.shape().startsWith("governance.lead.") && !leadMatches(t, leaf, r)) continue;
            if (same.test(r, leaf.value())) out.add(r);
        }
        return out;
    }

    /**
     * Whether a row whose key has this home can give the value at this shape: its own home, or, for
     * a reconfiguration's description, the quote of any row about the change (a bed change has no
     * other words), and for its decision date a reconfiguration row that states the decision.
     */
    private static boolean homeFits(String shape, String home) {
        if (shape.equals(home) || shape.startsWith(home + ".") || shape.startsWith(home + "[].")) return true;
        if (shape.equals("reconfigurations[].description")) return home.startsWith("reconfigurations[].");
        if (shape.equals("reconfigurations[].decision_date")) return home.equals("reconfigurations[].description");
        return false;
    }

    private static boolean leadMatches(Traced t, Leaf leaf, Row r) {
        if (leaf.shape().equals("governance.lead.name")) return r.value().contains(leaf.value().asText());
        Organisation org = t.loaded().plan().members().ccgs().stream()
                .filter(o -> o.id().equals(t.loaded().plan().governance().lead().organisation())).findFirst().orElse(null);
        if (org == null) return false; // the data's leads are written only with a member CCG as their organisation
        String bare = org.name().replaceFirst("^NHS ", "");
        return r.value().contains(bare) && (!leaf.shape().endsWith(".sector") || leaf.value().asText().equals("commissioner"));
    }

    private static final Map<String, BiPredicate<Row, JsonNode>> MATCHERS = new HashMap<>();
    static {
        BiPredicate<Row, JsonNode> isTrue = (r, v) -> v.isBoolean() && v.booleanValue();
        BiPredicate<Row, JsonNode> leadingDate = (r, v) -> r.leadingDate().map(LocalDate::toString).orElse("").equals(v.asText());
        MATCHERS.put("reconfigurations[].description", (r, v) -> v.asText().equals(r.value()) || v.asText().equals(r.quote()));
        MATCHERS.put("reconfigurations[].bed_change", (r, v) -> v.isIntegralNumber() && r.value().equals(v.asText()));
        MATCHERS.put("reconfigurations[].decision_date", (r, v) -> r.factKey().equals("consultation_decision_date")
                ? leadingDate.test(r, v)
                : r.date().equals(v.asText()) && r.value().toLowerCase().contains("decision"));
        MATCHERS.put("reconfigurations[].tests.engagement.consultation_dates.start", leadingDate);
        MATCHERS.put("reconfigurations[].tests.engagement.consultation_dates.end", leadingDate);
        MATCHERS.put("reconfigurations[].tests.engagement.consultation_planned", isTrue);
        MATCHERS.put("reconfigurations[].scrutiny.referral_to_sos", (r, v) -> v.isBoolean()
                && (v.booleanValue() ? r.saysYes() : r.value().toLowerCase().startsWith("no")));
        MATCHERS.put("finance.do_nothing_gap_2020_21_gbp", (r, v) -> r.pounds().map(p -> p.compareTo(v.decimalValue()) == 0).orElse(false));
        MATCHERS.put("finance.residual_gap_2020_21_gbp", (r, v) -> r.pounds()
                .map(p -> r.unit().contains("surplus") ? p.negate() : p).map(p -> p.compareTo(v.decimalValue()) == 0).orElse(false));
        MATCHERS.put("transparency.published", isTrue);
        MATCHERS.put("transparency.publication_date", leadingDate);
        MATCHERS.put("transparency.nondisclosure_instruction_received", (r, v) -> isTrue.test(r, v) && r.saysYes());
        MATCHERS.put("transparency.appendices_published", (r, v) -> v.isBoolean() && !v.booleanValue());
        MATCHERS.put("governance.board.exists", (r, v) -> isTrue.test(r, v) && r.saysYes());
        MATCHERS.put("governance.decision_mechanisms[].type", (r, v) -> v.asText().equals("joint_committee") && r.saysYes());
        MATCHERS.put("governance.decision_mechanisms[].description", (r, v) -> v.asText().equals(r.value().replaceFirst("^yes: ", "")));
        MATCHERS.put("acs.mou_signed", (r, v) -> isTrue.test(r, v) && r.value().startsWith("signed"));
        MATCHERS.put("activity_assumptions[].metric", (r, v) -> v.asText().equals("beds") && r.value().contains("beds"));
        MATCHERS.put("activity_assumptions[].change_pct", (r, v) -> r.value().startsWith(v.asText() + "%"));
        MATCHERS.put("activity_assumptions[].description", (r, v) -> v.asText().equals(r.quote()));
        MATCHERS.put("governance.lead.name", (r, v) -> true);          // leadMatches decides
        MATCHERS.put("governance.lead.organisation", (r, v) -> true);
        MATCHERS.put("governance.lead.sector", (r, v) -> true);
        MATCHERS.put("engagement.staff.unions_engaged", (r, v) -> v.isArray() && v.size() > 0
                && allMatch(v, item -> r.value().contains(item.asText())));
        MATCHERS.put("engagement.clinical.methods", (r, v) -> v.isArray() && containsText(v, r.value()));
    }

    private static boolean allMatch(JsonNode array, java.util.function.Predicate<JsonNode> p) {
        for (JsonNode n : array) if (!p.test(n)) return false;
        return true;
    }

    private static boolean containsText(JsonNode array, String text) {
        for (JsonNode n : array) if (n.asText().equals(text)) return true;
        return false;
    }

    @Test
    void everyValueNamesASourceWithPublisherAndConfidence() {
        for (Traced t : plans) {
            for (Leaf leaf : t.leaves()) {
                assertThat(t.loaded().provenance().sourceOf(leaf.path())).as("%s: %s has no source", t.file(), leaf.path()).isPresent();
            }
            for (Source s : t.loaded().plan().plan().sources()) {
                assertThat(s.confidence()).as("%s: %s", t.file(), s.id()).isIn("high", "medium", "low");
                assertThat(s.publisher()).as("%s: %s", t.file(), s.id()).isNotBlank();
            }
        }
    }

    @Test
    void everyValueThatIsNotAFootprintFactMatchesARowOfTheDataWithItsSourceAndConfidence() {
        assertThat(untraced).as("values that match no row of data/stp44-plan-facts.csv").isEmpty();
        assertThat(used).as("the plans hold facts of the data").hasSizeGreaterThan(150);
    }

    @Test
    void everyFactKeyOfTheDataHasAHomeOrAReasonAndEveryHomeIsOneTheTraceKnows() {
        Set<String> keys = new TreeSet<>();
        for (Row r : rows) keys.add(r.factKey());
        assertThat(homes.keySet()).as("plans/README.md's fact_key table").containsExactlyInAnyOrderElementsOf(keys);
        for (Map.Entry<String, List<String>> h : homes.entrySet()) {
            for (String home : h.getValue()) {
                assertThat(MATCHERS.keySet().stream().anyMatch(m -> homeFits(m, home))).as("home %s of %s", home, h.getKey()).isTrue();
            }
        }
    }

    @Test
    void noRowWithAHomeIsLeftOutWithoutARecordedReason() {
        List<String> silent = new ArrayList<>();
        for (Row r : rows) {
            if (homes.get(r.factKey()).isEmpty() || used.containsKey(r.line())) continue;
            String[] why = leftOut.get(r.line());
            if (why == null || why[1].isBlank()) silent.add(r.line() + " " + r.footprint() + " " + r.factKey() + " = " + r.value());
        }
        assertThat(silent).as("rows with a home in no plan and with no reason in plans/README.md").isEmpty();
        for (Map.Entry<Integer, String[]> e : leftOut.entrySet()) {
            Row r = rows.get(e.getKey() - 2);
            assertThat(r.factKey()).as("left-out row %s", e.getKey()).isEqualTo(e.getValue()[0]);
            assertThat(used).as("row %s is listed as left out but a plan holds it (%s)", e.getKey(), used.get(e.getKey()))
                    .doesNotContainKey(e.getKey());
        }
    }

    @Test
    void factsDatedAfterAPlansAsOfAreAbsentAndAsOfIsTheLatestFactItStates() {
        Map<String, LocalDate> asOf = new LinkedHashMap<>();
        for (Traced t : plans) asOf.put(t.code(), t.asOf());
        Map<String, LocalDate> latest = new HashMap<>();
        for (Row r : rows) {
            LocalDate planDate = asOf.get(r.onsCode());
            Optional<LocalDate> day = r.latestDay();
            if (used.containsKey(r.line())) {
                assertThat(day).as("row %s (%s) is in %s but has no date", r.line(), r.date(), used.get(r.line())).isPresent();
                assertThat(day.get()).as("row %s dated %s is in %s, as of %s", r.line(), r.date(), used.get(r.line()), planDate)
                        .isBeforeOrEqualTo(planDate).isBeforeOrEqualTo(PlanFacts.END_OF_2017);
                latest.merge(r.onsCode(), day.get(), (a, b) -> a.isAfter(b) ? a : b);
            }
            String[] why = leftOut.get(r.line());
            if (why != null && why[1].startsWith("dated after as_of")) {
                assertThat(day).as("row %s", r.line()).isPresent();
                assertThat(day.get()).as("row %s is left out as dated after as_of", r.line()).isAfter(planDate);
            }
        }
        for (Map.Entry<String, LocalDate> e : asOf.entrySet()) {
            LocalDate expected = latest.getOrDefault(e.getKey(), PlanFacts.DASHBOARD);
            if (expected.isBefore(PlanFacts.DASHBOARD)) expected = PlanFacts.DASHBOARD;
            assertThat(e.getValue()).as("as_of of %s", e.getKey()).isEqualTo(expected);
        }
        // the data does hold later facts, so the rule is exercised
        assertThat(rows.stream().filter(r -> r.latestDay().map(d -> d.isAfter(PlanFacts.END_OF_2017)).orElse(true)).count()).isGreaterThan(20);
    }

    @Test
    void theDateRuleReadsEveryFormOfTheData() {
        assertThat(PlanFacts.latestDay("2017-11-15")).contains(LocalDate.of(2017, 11, 15));
        assertThat(PlanFacts.latestDay("2017-07")).contains(LocalDate.of(2017, 7, 31));
        assertThat(PlanFacts.latestDay("2016-17")).contains(LocalDate.of(2017, 3, 31));
        assertThat(PlanFacts.latestDay("2017/18")).contains(LocalDate.of(2018, 3, 31));
        assertThat(PlanFacts.latestDay("c.2016-12")).contains(LocalDate.of(2016, 12, 31));
        assertThat(PlanFacts.latestDay("c.2017")).contains(LocalDate.of(2017, 12, 31));
        assertThat(PlanFacts.latestDay("by 2021")).isEmpty();
        for (Row r : rows) r.latestDay(); // every date of the data is one of these forms
    }
}
