package org.stpcheck;

import java.nio.file.Path;
import java.util.List;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.RuleSource;
import org.stpcheck.engine.RuleBase;
import org.stpcheck.findings.Checker;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunReport;
import org.stpcheck.findings.Selection;

/**
 * One shipped rule base and catalogue for the whole test run: building them is the expensive part,
 * and they are immutable, so sharing them is safe.
 */
public final class TestSupport {
    private TestSupport() {}

    private static final class Holder {
        static final Catalogue CATALOGUE = Catalogue.load(RuleSource.shipped());
        static final RuleBase RULES = RuleBase.shipped();
        static final Checker CHECKER = new Checker(CATALOGUE, RULES);
    }

    public static Catalogue catalogue() { return Holder.CATALOGUE; }

    public static RuleBase rules() { return Holder.RULES; }

    public static Checker checker() { return Holder.CHECKER; }

    public static final Path RULES_DIR = Path.of("rules");
    public static final Path EXAMPLE = Path.of("src/test/resources/examples/wessex-vale.yaml");
    public static final Path MINIMAL = Path.of("src/test/resources/examples/minimal.yaml");

    /** What one command line run printed and returned. */
    public record CliRun(int code, String out, String err) {}

    /** Runs the command line with captured streams, as a user would run it. */
    public static CliRun cli(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.stpcheck.cli.Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public static RunReport check(Path... files) {
        return checker().check(List.of(files), Selection.all());
    }

    public static PlanReport checkOne(Path file) {
        return check(file).plans().get(0);
    }

    public static Result result(PlanReport p, String id) {
        return p.results().stream().filter(r -> r.requirement().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + id));
    }
}
