package org.stpcheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.stpcheck.catalogue.Requirement;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "Show one requirement in full.")
final class ExplainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RuleOptions rules;

    @Parameters(paramLabel = "ID", description = "A requirement id, e.g. S75-06.")
    String id;

    @Override
    public Integer call() {
        Requirement r = rules.catalogue().find(id).orElseThrow(() -> new Main.UserError("no requirement " + id + " (see stpcheck rules)"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(r.id() + ": " + r.title());
        out.println("  family:       " + r.family());
        out.println("  severity:     " + r.severity().word());
        out.println("  legal review: " + (r.legalReview() ? "yes" : "no"));
        out.println("  confidence:   " + r.confidence() + (r.confidence().provisional() ? " (provisional — verify the source)" : ""));
        out.println("  in force:     " + r.window() + " (compared with plan.as_of)" + (r.batchOnly() ? "; batch runs only" : ""));
        out.println("  citation:     " + r.citation());
        if (r.statute() != null) out.println("  statute:      " + r.statute());
        out.println();
        out.println("Rule");
        out.println(indent(r.rule()));
        out.println("Logic");
        out.println(indent(r.logic()));
        out.println("What to do");
        out.println(indent(r.remedy()));
        out.flush();
        return Main.OK;
    }

    private static String indent(String s) {
        return "  " + s.strip().replace("\n", "\n  ");
    }
}
