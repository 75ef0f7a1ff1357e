package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.stpcheck.TestSupport;
import org.stpcheck.engine.RuleBase;

/**
 * The rule base {@code main} starts before picocli parses (issue 12): the glance at the arguments
 * starts it only for a plain check, and the check command takes it only when its own parse asks
 * for the shipped rule base whole, so a wrong glance can never change what a run reports.
 */
class EarlyRuleBaseTest {
    static final String PLAN = TestSupport.EXAMPLE.toString();

    @Test
    void onlyAPlainCheckStartsEarly() {
        assertThat(EarlyRuleBase.plainCheck(new String[] {"check", PLAN})).isTrue();
        assertThat(EarlyRuleBase.plainCheck(new String[] {"check", PLAN, "--format", "json", "-o", "r.json", "--explain", "--fail-on", "never"})).isTrue();
        String[][] not = {
            {"check"}, {"rules"}, {"explain", "PG-03"}, {"serve", "plans"},
            {"check", PLAN, "--rules", "rules"}, {"check", PLAN, "--rules=rules"},
            {"check", PLAN, "--family", "PG"}, {"check", PLAN, "--family=PG"}, {"check", "--requirement", "PG-03", PLAN},
            {"check", PLAN, "--watch"}, {"check", "--help"}, {"check", "-h"}, {"check", "-V"}, {"check", "--version"},
            {"check", PLAN, "-oh"}, {"check", "@args.txt"}, {"check", "--", "--rules"},
        };
        for (String[] args : not) assertThat(EarlyRuleBase.plainCheck(args)).as(String.join(" ", args)).isFalse();
    }

    /** A stand-in for main's rule base that fails with a message of its own, to see whether a run took it. */
    private static CompletableFuture<RuleBase> marked() {
        return CompletableFuture.failedFuture(new Main.UserError("the early rule base was used"));
    }

    private static String run(CompletableFuture<RuleBase> early, String... args) {
        StringWriter err = new StringWriter();
        Main.run(new Main(early), new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        return err.toString();
    }

    @Test
    void aPlainCheckTakesTheEarlyRuleBase() {
        assertThat(run(marked(), "check", PLAN)).contains("the early rule base was used");
    }

    @Test
    void aCheckThatNeedsAnotherRuleBaseBuildsItsOwn() {
        assertThat(run(marked(), "check", PLAN, "--family", "PG", "--fail-on", "never")).isEmpty();
        assertThat(run(marked(), "check", PLAN, "--requirement", "PG-03", "--fail-on", "never")).isEmpty();
        assertThat(run(marked(), "check", PLAN, "--rules", Path.of("rules").toString(), "--fail-on", "never")).doesNotContain("the early rule base was used");
    }

    @Test
    void mainsEarlyStartReportsWhatAnOrdinaryRunReports() throws Exception {
        CompletableFuture<RuleBase> early = EarlyRuleBase.startFor(new String[] {"check", PLAN, "--format", "json"}, new Timings(false, new PrintWriter(new StringWriter())));
        assertThat(early).isNotNull();
        StringWriter viaEarly = new StringWriter();
        StringWriter ordinary = new StringWriter();
        int a = Main.run(new Main(early), new PrintWriter(viaEarly), new PrintWriter(new StringWriter()), "check", PLAN, "--format", "json");
        int b = Main.run(new PrintWriter(ordinary), new PrintWriter(new StringWriter()), "check", PLAN, "--format", "json");
        assertThat(a).isEqualTo(b);
        assertThat(viaEarly.toString()).isNotEmpty().isEqualTo(ordinary.toString());
    }
}
