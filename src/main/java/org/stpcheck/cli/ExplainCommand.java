package org.stpcheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.docs.CatalogueText;
import org.stpcheck.docs.RuleExamples;
import org.stpcheck.docs.RulePages;

/** {@code explain ID}: one requirement in full. */
final class ExplainCommand implements Callable<Integer> {
    private final CommandSpec spec = Commands.spec(this, "explain", "Show one requirement in full.");

    final RuleOptions rules = new RuleOptions(spec);

    final Value<String> id = Value.of(spec, String.class, PositionalParamSpec.builder().required(true).paramLabel("ID")
            .description("A requirement id, e.g. S75-06."));

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Catalogue catalogue = rules.catalogue();
        Requirement r = catalogue.find(id.get()).orElseThrow(() -> new Main.UserError("no requirement " + id.get() + " (see stpcheck rules)"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(r.id() + ": " + r.title());
        out.println("  family:       " + r.family());
        out.println("  severity:     " + r.severity().word() + " (" + RulePages.severity(r.severity()) + ")");
        out.println("  legal review: " + (r.legalReview() ? "yes" : "no"));
        out.println("  confidence:   " + r.confidence() + " (" + RulePages.confidence(r.confidence()) + ")");
        out.println("  in force:     " + r.window() + " (compared with plan.as_of)" + (r.batchOnly() ? "; batch runs only" : ""));
        out.println("  citation:     " + CatalogueText.plain(r.citation()));
        if (r.statute() != null) out.println("  statute:      " + r.statute());
        out.println();
        out.println("Rule");
        out.println(indent(CatalogueText.plain(r.rule())));
        out.println("Logic");
        out.println(indent(CatalogueText.plain(r.logic())));
        out.println("What to do");
        out.println(indent(CatalogueText.plain(r.remedy())));
        if (!r.reads().isEmpty()) {
            out.println("Keys it reads (docs/plan-format.md)");
            r.reads().forEach(k -> out.println("  " + k));
        }
        RuleExamples.Example example = RuleExamples.forRules(rules.rulesDir(), catalogue).get(r.id());
        if (example != null) {
            out.println((example.outcome().equals("pass") ? "A plan that passes" : "A plan where it does not apply (it never passes)")
                    + " (rules/" + example.fixture() + ", cut down to the keys it reads)");
            for (RuleExamples.ExamplePlan p : example.plans()) {
                if (example.plans().size() > 1) out.println("  # " + p.file() + ", checked together with the others");
                p.yaml().lines().forEach(l -> out.println("  " + l));
            }
        }
        out.flush();
        return Main.OK;
    }

    private static String indent(String s) {
        return "  " + s.strip().replace("\n", "\n  ");
    }
}
