package org.stpcheck.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one key of plan format 1 means, in the words of the people who write plans. {@code key} is
 * the key's path with {@code []} for list items ({@code governance.board.members[].category}); a
 * {@code *} stands for each key of a mapping whose keys share one meaning ({@code gaps.*.baseline}).
 * {@code unit} and {@code example} are null where the key's name and the worked example say enough
 * (money, percentages, dates); {@code values} gives each allowed value of an enum its meaning.
 *
 * <p>These texts and the shapes of {@link PlanFormat} are one definition of the format: a test fails
 * when a key has no text or a text names no key, and every published form of the format (the
 * loader's messages aside) is generated from both.
 */
public record KeyDoc(String key, String meaning, String unit, String example, Map<String, String> values) {

    public KeyDoc {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** An optional part of a key's text. */
    sealed interface Detail permits Unit, Example, Values {}

    record Unit(String text) implements Detail {}

    record Example(String text) implements Detail {}

    record Values(Map<String, String> meanings) implements Detail {}

    static KeyDoc key(String key, String meaning, Detail... details) {
        String unit = null;
        String example = null;
        Map<String, String> values = null;
        for (Detail d : details) {
            if (d instanceof Unit u) unit = u.text();
            else if (d instanceof Example e) example = e.text();
            else if (d instanceof Values v) values = v.meanings();
        }
        return new KeyDoc(key, meaning, unit, example, values);
    }

    static Unit unit(String text) { return new Unit(text); }

    /** An example value, written as it would be in a plan file. */
    static Example example(String yaml) { return new Example(yaml); }

    /** Allowed values and their meanings, in pairs: value, meaning, value, meaning... */
    static Values values(String... pairs) {
        if (pairs.length % 2 != 0) throw new IllegalArgumentException("values come in pairs: value, meaning");
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return new Values(m);
    }

    static Values values(Map<String, String> meanings) { return new Values(meanings); }
}
