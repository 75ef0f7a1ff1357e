package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.stpcheck.load.PlanLoader.LoadedPlan;

/**
 * Every error sits at its own line and column, lines counted as {@code grep -n} counts them, and
 * every message is one short line, whatever the file holds (issue 7 item 5).
 */
class ErrorLocationsTest {
    private static final String HEAD = "format_version: 1\nplan: {id: t, name: Test, as_of: 2017-10-01}\nfootprint: {name: Test}\n";

    private static List<String> errors(String yaml) {
        LoadedPlan p = new PlanLoader().load("t.yaml", yaml);
        assertThat(p.isValid()).as("should not load:%n%s", yaml).isFalse();
        return p.formattedErrors();
    }

    @Test
    void aControlCharacterIsReportedAtItsOwnLineAndColumn() {
        String[][] cases = {{"\u0000", "U+0000 (\\x00)"}, {"\u0007", "U+0007 (\\x07)"}, {"\u001B", "U+001B (\\e)"},
                {"\u007F", "U+007F (\\x7F)"}, {"\u009B", "U+009B (\\x9B)"}, {"\u000B", "U+000B (\\x0B)"}};
        for (String[] c : cases) {
            assertThat(errors(HEAD + "scope:\n  specialised: tr" + c[0] + "ue\n")).as(c[1]).singleElement().asString()
                    .isEqualTo("t.yaml:5:18: the control character " + c[1] + " is not allowed in a plan file; delete it");
        }
        assertThat(errors(HEAD + "scope:\n  specialised: tr\uFFFEue\n")).singleElement().asString()
                .isEqualTo("t.yaml:5:18: the noncharacter U+FFFE (\\uFFFE) is not allowed in a plan file; delete it");
        // every one of them, in a comment as anywhere else, up to the cap
        assertThat(errors(HEAD + "# a\u0000b\u0000\nscope: {specialised: true}\n"))
                .containsExactly("t.yaml:4:4: the control character U+0000 (\\x00) is not allowed in a plan file; delete it",
                        "t.yaml:4:6: the control character U+0000 (\\x00) is not allowed in a plan file; delete it");
    }

    @Test
    void unicodeLineAndParagraphSeparatorsAndNextLineAreNotLineBreaks() {
        for (String sep : List.of("\u2028", "\u2029", "\u0085")) {
            String name = String.format("U+%04X", (int) sep.charAt(0));
            // in a comment: YAML 1.1 would end the comment there and read the rest as a key
            String yaml = "format_version: 1\n# a comment " + sep + " that goes on\n" + HEAD.substring(HEAD.indexOf('\n') + 1) + "zz: 1\n";
            assertThat(errors(yaml)).as(name).containsExactly("t.yaml:5:1: zz: unknown key; did you mean \"acs\"?");
            // inside a value it is kept as written, and columns after it count it as one character
            String plan = HEAD.replace("name: Test}\n", "name: \"Te" + sep + "st\"}\n") + "governance: {lead: {name: A" + sep + "B, role: x, sector: nope}}\n";
            assertThat(errors(plan)).as(name).containsExactly(
                    "t.yaml:4:49: governance.lead.sector: \"nope\" is not allowed here; expected one of commissioner, provider, local_government");
            LoadedPlan ok = new PlanLoader().load("t.yaml", plan.replace("sector: nope", "sector: provider"));
            assertThat(ok.plan().footprint().name()).isEqualTo("Te" + sep + "st");
            assertThat(ok.plan().governance().lead().name()).isEqualTo("A" + sep + "B");
        }
    }

    @Test
    void aMessageNeverSpansTwoLines() {
        String yaml = HEAD + "governance: {lead: {sector: \"prov\\nider\\r\\u2028\\e[31mred\"}}\n";
        assertThat(errors(yaml)).singleElement().asString().isEqualTo(
                "t.yaml:4:29: governance.lead.sector: \"prov\\nider\\r\\u2028\\e[31mred\" is not allowed here; expected one of commissioner, provider, local_government");
        assertThat(errors(HEAD + "scope: {\"a\\tb\\u0085\": true}\n")).singleElement().asString()
                .isEqualTo("t.yaml:4:9: scope.a\\tb\\x85: unknown key");
        assertThat(new LoadError(1, 1, "a\nb", "c\u2029d").format("f")).isEqualTo("f:1:1: a\\nb: c\\u2029d");
    }

    @Test
    void aHundredThousandCharacterKeyGetsAShortClearMessage() {
        assertThat(errors(HEAD + "k".repeat(100_000) + ": 1\n")).singleElement().asString().isEqualTo(
                "t.yaml:4:100001: line 4 is 100003 characters long; a line of a plan file may be at most 100000"
                        + " (write long text over several lines, as a > block)");
        String key = "k".repeat(50_000);
        assertThat(errors(HEAD + key + ": 1\n")).singleElement().asString().isEqualTo(
                "t.yaml:4:1: not valid YAML: a key of 50000 characters or more, with no ':' within its first 1024;"
                        + " YAML allows a key at most 1024 characters long, and a plan's keys are short names");
        assertThat(errors(HEAD + "\"" + key + "\": 1\n")).singleElement().asString().startsWith("t.yaml:4:1: not valid YAML: a key of 50002 characters");
        // written as an explicit key (?), YAML allows it; the format names it, briefly
        assertThat(errors(HEAD + "? " + key + "\n: 1\n")).singleElement().asString()
                .isEqualTo("t.yaml:4:3: " + "k".repeat(Quote.SHOWN) + "… (50000 characters): unknown key");
        assertThat(errors(HEAD + "scope: {specialised: " + "y".repeat(5000) + "}\n")).singleElement().asString()
                .isEqualTo("t.yaml:4:22: scope.specialised: expected true or false, found \"" + "y".repeat(Quote.SHOWN) + "…\" (5000 characters)");
    }

    @Test
    void aKeyOfUnder1024CharactersWithoutAColonIsAnOrdinarySyntaxError() {
        assertThat(errors(HEAD + "scope:\n  specialised: true\n  lonely\n  other: 1\n")).singleElement().asString()
                .startsWith("t.yaml:7:3: not valid YAML: could not find expected ':'");
    }

    @Test
    void positionsAfterWideCharactersAndCarriageReturnsFollowTheFile() {
        // a supplementary character is one column; CRLF ends one line; a lone CR does not end a line for grep -n
        assertThat(errors(HEAD.replace("name: Test}", "name: \"\uD83D\uDE00\"}") + "zz: 1\n"))
                .containsExactly("t.yaml:4:1: zz: unknown key; did you mean \"acs\"?");
        assertThat(errors(HEAD.replace("\n", "\r\n") + "scope: {specialised: maybe}\r\n")).singleElement().asString()
                .startsWith("t.yaml:4:22: scope.specialised: expected true or false");
        assertThat(errors(HEAD + "scope: {specialised: true}\r# old Mac line\rzz: 1\n")).singleElement().asString()
                .startsWith("t.yaml:4:");
    }
}
