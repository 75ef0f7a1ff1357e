package org.stpcheck.report;

import java.util.ArrayList;
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
 * has no key for at the finding's place (an id, a rule's own figure such as a threshold) keeps its
 * name, with spaces for underscores. Values come from the plan: callers escape the result for their format.
 */
final class FactWords {
    private FactWords() {}

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

    /**
     * The key a fact names: a key of that name at the finding's node or one of its ancestors, and
     * only a value's key (a mapping of that name, such as an agreement, is named by its id in the
     * facts). A key elsewhere in the format may share the name but not the meaning, so none is guessed.
     */
    private static Optional<FormatKey> near(String name, String path) {
        String base = path == null ? "" : FormatDocs.normalize(path);
        for (String p = base; ; p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
            Optional<FormatKey> k = FormatDocs.key(p.isEmpty() ? name : p + "." + name);
            if (k.isPresent()) return k.get().typeText().startsWith("mapping") ? Optional.empty() : k;
            if (p.isEmpty()) break;
        }
        return Optional.empty();
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
