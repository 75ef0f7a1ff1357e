package org.stpcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;

/**
 * Rules only match and report (rules/README.md): no DRL inserts, modifies or deletes a fact. The
 * engine relies on it twice: a family's findings do not depend on other families' rules
 * ({@code RuleBase.shipped(families)}), and the executable model is built without property
 * reactivity ({@link ModelBuilderOptions}), which matters only when a rule changes a fact.
 */
class FactsAreNeverChangedTest {
    /** The DRL and the consequence API words that change working memory, as calls. */
    private static final Pattern CHANGE = Pattern.compile(
            "\\b(insert|insertLogical|modify|update|delete|retract)\\s*\\(|\\bdrools\\s*\\.|\\bkcontext\\s*\\.");

    @Test
    void noRuleChangesAFact() throws IOException {
        List<String> changes = new ArrayList<>();
        int drlFiles = 0;
        try (Stream<Path> s = Files.walk(TestSupport.RULES_DIR)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                drlFiles++;
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String code = withoutCommentsAndStrings(lines.get(i));
                    Matcher m = CHANGE.matcher(code);
                    if (m.find()) changes.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(drlFiles).as("the rules are where this test looks").isGreaterThan(80);
        assertThat(changes).as("rules that change facts (rules/README.md: rules only match and report)").isEmpty();
    }

    @Test
    void theCheckCatchesEachWayOfChangingAFact() {
        for (String line : List.of("    insert(new Flag());", "modify($p) { setX(1) }", "update( $p );", "delete($p);",
                "retract($p);", "insertLogical(x);", "drools.getKieRuntime()", "kcontext.getKieRuntime()")) {
            assertThat(CHANGE.matcher(withoutCommentsAndStrings(line)).find()).as(line).isTrue();
        }
        for (String line : List.of("out.pass(\"PG-01\", \"plan\", \"updated (insert) modify\");", "// modify(x) in a comment",
                "$d : DemandModeration( updateDate != null )")) {
            assertThat(CHANGE.matcher(withoutCommentsAndStrings(line)).find()).as(line).isFalse();
        }
    }

    /** The line with its // comment and the contents of its string literals taken out. */
    private static String withoutCommentsAndStrings(String line) {
        StringBuilder b = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') {
                inString = true;
                b.append("\"\"");
                continue;
            }
            if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') break;
            b.append(c);
        }
        return b.toString();
    }
}
