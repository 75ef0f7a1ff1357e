package org.stpcheck.load;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks of plan-format 1.7 that need more than one node: date order, repeated keys of
 * keyed rows, parallel lists, and the tier of a local authority.
 */
final class WholeFileChecks {
    private final FormatChecker checker;
    private final Locations where;

    WholeFileChecks(FormatChecker checker, Locations where) {
        this.checker = checker;
        this.where = where;
    }

    void run(JsonNode root) {
        JsonNode plan = root.path("plan");
        dateOrder(plan, "period_start", "period_end", "plan");
        for (JsonNode r : root.path("reconfigurations")) {
            JsonNode tests = r.path("tests");
            dateOrder(tests.path("engagement").path("consultation_dates"), "start", "end",
                    tests.path("engagement").path("consultation_dates").path("$path").asText());
            JsonNode support = tests.path("commissioner_support");
            if (support.has("ccgs_supporting") && support.has("resolution_dates")
                    && support.get("ccgs_supporting").size() != support.get("resolution_dates").size()) {
                error(support.path("$path").asText() + ".resolution_dates", "resolution_dates has "
                        + support.get("resolution_dates").size() + " dates but ccgs_supporting names "
                        + support.get("ccgs_supporting").size() + " CCGs; they run in parallel");
            }
        }
        JsonNode finance = root.path("finance");
        unique(finance.path("control_totals"), "finance.control_totals", "org", "year");
        unique(finance.path("system_control_total"), "finance.system_control_total", "year");
        int t = 0;
        for (JsonNode tx : root.path("transactions")) {
            unique(tx.path("parties"), "transactions[" + t++ + "].parties", "org");
        }
        int i = 0;
        for (JsonNode la : root.path("members").path("local_authorities")) {
            String path = "members.local_authorities[" + i++ + "]";
            if (la.has("tier") && la.has("social_care_authority")) {
                boolean expected = !la.get("tier").asText().equals("district");
                if (la.get("social_care_authority").asBoolean() != expected) {
                    error(path + ".social_care_authority", "social_care_authority: " + !expected + " contradicts tier "
                            + la.get("tier").asText() + " (" + (expected ? "every tier but district has social care duties" : "a shire district has no social care duties") + ")");
                }
            }
        }
    }

    private void dateOrder(JsonNode node, String fromKey, String toKey, String path) {
        if (!node.has(fromKey) || !node.has(toKey)) return;
        var from = ScalarSyntax.parseDate(node.get(fromKey).asText());
        var to = ScalarSyntax.parseDate(node.get(toKey).asText());
        if (from != null && to != null && from.isAfter(to)) {
            error(path + "." + fromKey, fromKey + " " + from + " is after " + toKey + " " + to);
        }
    }

    private void unique(JsonNode rows, String path, String... keys) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder k = new StringBuilder();
            for (String key : keys) k.append(rows.get(i).path(key).asText()).append('\u0000');
            Integer first = seen.putIfAbsent(k.toString(), i);
            if (first != null) {
                error(path + "[" + i + "]", "repeats the " + String.join(" and ", keys) + " of " + path + "[" + first + "]");
            }
        }
    }

    private void error(String path, String message) {
        int[] p = where.find(path);
        checker.errors.add(new LoadError(p[0], p[1], path, message));
    }
}
