package org.stpcheck.catalogue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The configurable thresholds and lists of {@code rules/config.yaml}, inserted into every session
 * as a fact so rules read them instead of hard-coding numbers.
 */
public record RuleConfig(
        String version,
        int significantBedChange,
        LocalDate bedTestFrom,
        double activityReductionThresholdPct,
        double activityReductionInfoPct,
        double controlTotalToleranceGbp,
        List<Milestone> sevenDayCoverage,
        List<Target> nationalTargets,
        java.util.Map<String, String> englandCcgFootprints,
        List<String> acsFirstWave,
        LocalDate acsFullStatusDeadline,
        Set<String> s75CoreExcluded,
        Set<String> s75PossiblyExcluded,
        Set<String> s75PermittedPartnerKinds,
        Set<String> s75PrescribedNhsFunctions,
        Set<String> s75PrescribedLaFunctions,
        LocalDate pcrAppliesFrom,
        List<PcrThreshold> pcrThresholds,
        double cmaTurnoverGbp,
        double cmaShareOfSupplyPct) {

    /** A coverage milestone: at least {@code minPct} in {@code month}. */
    public record Milestone(YearMonth month, double minPct, String source) {}

    /** A national access standard read over the series rows whose month lies in [from, to]. */
    public record Target(String sub, String metric, String op, double value, YearMonth from, YearMonth to, String source) {
        public boolean covers(YearMonth m) { return (from == null || !m.isBefore(from)) && (to == null || !m.isAfter(to)); }

        public boolean metBy(double v) {
            return switch (op) {
                case "gt" -> v > value;
                case "ge" -> v >= value;
                case "le" -> v <= value;
                default -> throw new IllegalStateException("unknown op " + op);
            };
        }

        /** "more than 95%", "at least 90%", "at most 3.5%". */
        public String describe() {
            String n = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
            return switch (op) {
                case "gt" -> "more than " + n + "%";
                case "ge" -> "at least " + n + "%";
                default -> "at most " + n + "%";
            };
        }
    }

    public record PcrThreshold(LocalDate from, double gbp, String source) {}

    /** The PCR light-touch threshold in force on {@code start}, or null before the first one. */
    public Double pcrThresholdOn(LocalDate start) {
        return pcrThresholds.stream().filter(t -> !start.isBefore(t.from()))
                .max(Comparator.comparing(PcrThreshold::from)).map(PcrThreshold::gbp).orElse(null);
    }

    /** Whether {@code areaName} names a first-wave ACS area: only the configured entries and aliases match (§10 item 43). */
    public boolean isFirstWaveArea(String areaName) {
        if (areaName == null) return false;
        String n = normaliseName(areaName);
        return acsFirstWave.stream().anyMatch(a -> normaliseName(a).equals(n));
    }

    /** PG-02: the footprint codes of the April 2017 lookup (44 in the shipped configuration), sorted. */
    public Set<String> lookupFootprints() {
        return java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(englandCcgFootprints.values()));
    }

    /** PG-02: the April 2017 CCG codes of a footprint, sorted. */
    public List<String> ccgsOf(String footprintCode) {
        return englandCcgFootprints.entrySet().stream().filter(e -> e.getValue().equals(footprintCode))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }

    private static java.util.Map<String, String> englandCcgs(JsonNode n) {
        if (!n.has("source") || !n.path("ccgs").isArray()) throw new IllegalArgumentException("config: england_ccgs_2017 needs source and ccgs");
        java.util.Map<String, String> m = new java.util.TreeMap<>();
        for (JsonNode c : n.get("ccgs")) m.put(text(c, "ccg"), text(c, "footprint"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * ACS-01 name matching (§10 item 43): letters folded to lower case, "&" becomes "and" (as
     * written: "A&B" becomes "aandb"), every other mark that is not a letter or digit becomes a
     * space, and runs of spaces collapse to one. Item 43 is silent on the ends; they are trimmed, so
     * that "Dorset." matches "Dorset" as item 8's "ignoring punctuation" asks.
     */
    public static String normaliseName(String s) {
        return NotLettersOrDigits.RUN.matcher(s.toLowerCase(Locale.ROOT).replace("&", "and")).replaceAll(" ").strip();
    }

    /**
     * Compiled once, on first use (a run whose plans claim no ACS status never compiles it): the ACS
     * rules normalise every first-wave name for each plan that claims one. A run of such marks,
     * spaces included, is one space.
     */
    private static final class NotLettersOrDigits {
        static final java.util.regex.Pattern RUN = java.util.regex.Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    }

    /** Reads config.yaml's tree; a missing or malformed value is a configuration error. */
    public static RuleConfig from(JsonNode root) {
        JsonNode pg = root.path("pg");
        List<Milestone> coverage = new ArrayList<>();
        for (JsonNode m : pg.path("seven_day_coverage")) {
            coverage.add(new Milestone(YearMonth.parse(text(m, "month")), number(m, "min_pct"), text(m, "source")));
        }
        List<Target> targets = new ArrayList<>();
        for (JsonNode t : pg.path("national_targets")) {
            targets.add(new Target(text(t, "sub"), text(t, "metric"), text(t, "op"), number(t, "value"),
                    t.has("from") ? YearMonth.parse(t.get("from").asText()) : null,
                    t.has("to") ? YearMonth.parse(t.get("to").asText()) : null, text(t, "source")));
        }
        List<String> firstWave = new ArrayList<>();
        for (JsonNode a : root.path("acs").path("first_wave")) firstWave.add(text(a, "name"));
        List<PcrThreshold> pcr = new ArrayList<>();
        for (JsonNode t : root.path("comp").path("pcr_thresholds")) {
            pcr.add(new PcrThreshold(LocalDate.parse(text(t, "from")), number(t, "gbp"), text(t, "source")));
        }
        JsonNode s75 = root.path("s75");
        JsonNode comp = root.path("comp");
        return new RuleConfig(
                text(root, "version"),
                (int) value(root.path("reconf"), "significant_bed_change"),
                LocalDate.parse(valueText(root.path("reconf"), "bed_test_from")),
                value(pg, "activity_reduction_threshold_pct"),
                value(pg, "activity_reduction_info_pct"),
                value(pg, "control_total_tolerance_gbp"),
                List.copyOf(coverage), List.copyOf(targets), englandCcgs(pg.path("england_ccgs_2017")), List.copyOf(firstWave),
                LocalDate.parse(valueText(root.path("acs"), "full_status_decision_deadline")),
                values(s75, "core_excluded"), values(s75, "possibly_excluded"), values(s75, "permitted_partner_kinds"),
                values(s75, "prescribed_nhs_functions"), values(s75, "prescribed_la_functions"),
                LocalDate.parse(valueText(comp, "pcr_applies_from")), List.copyOf(pcr),
                value(comp, "cma_turnover_gbp"), value(comp, "cma_share_of_supply_pct"));
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isValueNode()) throw new IllegalArgumentException("config: missing " + key);
        return v.asText();
    }

    private static double number(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber()) throw new IllegalArgumentException("config: " + key + " must be a number");
        return v.asDouble();
    }

    private static double value(JsonNode section, String key) {
        JsonNode entry = section.get(key);
        if (entry == null || !entry.has("source")) throw new IllegalArgumentException("config: " + key + " needs value and source");
        return number(entry, "value");
    }

    private static String valueText(JsonNode section, String key) {
        JsonNode entry = section.get(key);
        if (entry == null || !entry.has("source")) throw new IllegalArgumentException("config: " + key + " needs value and source");
        return text(entry, "value");
    }

    private static Set<String> values(JsonNode section, String key) {
        JsonNode entry = section.get(key);
        if (entry == null || !entry.has("source") || !entry.path("values").isArray()) {
            throw new IllegalArgumentException("config: " + key + " needs values and source");
        }
        List<String> out = new ArrayList<>();
        entry.get("values").forEach(v -> out.add(v.asText()));
        return Set.copyOf(out);
    }
}
