package org.stpcheck.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stpcheck.load.FormatDocs;
import org.stpcheck.load.FormatKey;

/**
 * A finding's facts in words for a legal adviser ("A contract notice or prior information notice was
 * published: no", not {@code ojeu_notice=false}), generated from the format's own key texts
 * ({@link FormatDocs}): a fact named like a key of the format reads as that key's meaning, with
 * yes/no for a boolean, the meaning of an allowed value, and pounds for money. A fact the format
 * has no key for (a rule's own figure, such as a threshold) keeps its name, with spaces for
 * underscores. Values come from the plan: callers escape the result for their format.
 */
final class FactWords {
    private FactWords() {}

    /** Each fact name's key in the format: the one under the finding's own node first, else the first of that name. */
    private static final Map<String, FormatKey> BY_NAME = byName();

    private static Map<String, FormatKey> byName() {
        Map<String, FormatKey> m = new HashMap<>();
        for (FormatKey k : FormatDocs.keys()) m.putIfAbsent(k.key(), k);
        return m;
    }

    /** The facts of a finding at {@code path}, one phrase each, in the finding's order. */
    static List<String> of(Map<String, Object> facts, String path) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : facts.entrySet()) out.add(phrase(e.getKey(), e.getValue(), path));
        return out;
    }

    static String phrase(String name, Object value, String path) {
        Optional<FormatKey> key = near(name, path);
        String what = key.map(k -> firstSentence(k.meaning())).orElse(capital(name.replace('_', ' ')));
        return what + ": " + value(value, key.orElse(null), name);
    }

    private static Optional<FormatKey> near(String name, String path) {
        String base = path == null ? "" : FormatDocs.normalize(path);
        for (String p = base; ; p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
            Optional<FormatKey> k = FormatDocs.key(p.isEmpty() ? name : p + "." + name);
            if (k.isPresent()) return k;
            if (p.isEmpty()) break;
        }
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static String value(Object v, FormatKey key, String name) {
        if (v == null) return "not stated";
        if (v instanceof Boolean b) return b ? "yes" : "no";
        String text = Text.value(v);
        if (key != null) {
            String meaning = key.allowedValues().get(text);
            if (meaning != null && !meaning.isEmpty()) return meaning + " (" + text + ")";
        }
        if (v instanceof Number n && (name.endsWith("_gbp") || name.equals("gbp"))) return String.format(java.util.Locale.ROOT, "£%,d", n.longValue());
        return text;
    }

    private static String firstSentence(String s) {
        int end = s.indexOf(". ");
        String first = end < 0 ? s : s.substring(0, end);
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
