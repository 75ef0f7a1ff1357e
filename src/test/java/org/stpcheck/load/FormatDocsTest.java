package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.stpcheck.load.Shape.Obj;

/** Every key of the format has its text, and the texts say only true things about the keys. */
class FormatDocsTest {

    @Test
    void everyKeyOfTheFormatHasADescription() {
        List<String> missing = FormatDocs.keys().stream().filter(k -> k.meaning().isBlank()).map(FormatKey::path).toList();
        assertThat(missing).as("keys of PlanFormat without a description: add a key(...) line to the KeyDocs* class of their section").isEmpty();
        assertThat(FormatDocs.keys()).hasSizeGreaterThan(500);
    }

    @Test
    void everyDescriptionNamesAKeyOfTheFormat() {
        List<String> orphans = new ArrayList<>();
        for (KeyDoc d : FormatDocs.docs()) {
            if (FormatDocs.keys().stream().noneMatch(k -> FormatDocs.matches(d.key(), k.path()))) orphans.add(d.key());
        }
        assertThat(orphans).as("texts for keys the format does not have").isEmpty();
    }

    @Test
    void everyAllowedValueHasAMeaningAndNoMeaningIsForAValueThatIsNotAllowed() {
        Map<String, String> problems = new TreeMap<>();
        for (FormatKey k : FormatDocs.keys()) {
            Map<String, String> values = k.allowedValues();
            if (values.isEmpty()) {
                if (!k.doc().values().isEmpty()) problems.put(k.path(), "meanings for values of a key that is not an enum");
                continue;
            }
            values.forEach((v, m) -> { if (m.isBlank()) problems.put(k.path() + " = " + v, "no meaning"); });
            for (String v : k.doc().values().keySet()) if (!values.containsKey(v)) problems.put(k.path() + " = " + v, "not an allowed value");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyThatHoldsAValueHasAnExampleTheLoaderAccepts() {
        Map<String, String> problems = new TreeMap<>();
        for (FormatKey k : FormatDocs.keys()) {
            if (k.shape() instanceof Obj || k.isListOfMappings()) continue;
            if (k.example() == null) {
                problems.put(k.path(), "no example");
                continue;
            }
            LoadErrors errors = new LoadErrors();
            YamlNode doc = new YamlReader(errors).read("v: " + k.example() + "\n");
            if (doc instanceof YamlNode.Mapping m && errors.isEmpty()) {
                new FormatChecker(errors).check(m.entries().get("v").value(), k.shape(), k.path(), null);
            }
            if (!errors.isEmpty()) problems.put(k.path(), k.example() + ": " + errors.list());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void placeholdersReadAsPlainTextAndAreNeverAValidValueOfATypedKey() {
        Map<String, String> problems = new TreeMap<>();
        for (FormatKey k : FormatDocs.keys()) {
            if (FormatKey.scalar(k.shape()) == null || FormatKey.scalar(k.shape()).type() == Shape.Type.CONST_ONE) continue;
            String p = k.placeholder();
            LoadErrors errors = new LoadErrors();
            YamlNode doc = new YamlReader(errors).read("v: " + p + "\n");
            if (!(doc instanceof YamlNode.Mapping m) || !(m.entries().get("v").value() instanceof YamlNode.Scalar s) || !s.text().equals(p)) {
                problems.put(k.path(), "not one plain YAML scalar: " + p);
                continue;
            }
            if (!p.startsWith("<") || !p.endsWith(">")) problems.put(k.path(), "not in angle brackets: " + p);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void derivedTextsOfAKeyReadAsAPlanAuthorNeedsThem() {
        FormatKey ratified = FormatDocs.key("governance.lead.ratified_date").orElseThrow();
        assertThat(ratified.placeholder()).isEqualTo("<the date NHS England and NHS Improvement ratified the lead's appointment, YYYY-MM-DD>");
        assertThat(FormatDocs.key("finance.gap_closure[3].value_gbp").orElseThrow().unit()).startsWith("GBP");
        assertThat(FormatDocs.key("performance.ae_4hr_pct[0].value").orElseThrow().unit()).startsWith("%");
        assertThat(FormatDocs.key("reconfigurations[].bed_change").orElseThrow().unit()).isEqualTo("beds");
        assertThat(FormatDocs.key("governance.lead.sector").orElseThrow().allowedValues()).containsOnlyKeys("commissioner", "provider", "local_government");
        assertThat(FormatDocs.key("must_dos.rtt.addressed").orElseThrow().doc().key()).isEqualTo("must_dos.*.addressed");
        assertThat(FormatDocs.key("members.ccgs[0].id").orElseThrow().meaning()).contains("unique in the file");
        assertThat(FormatDocs.key("no.such.key")).isEmpty();
    }
}
