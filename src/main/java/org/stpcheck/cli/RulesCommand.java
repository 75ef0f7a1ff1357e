package org.stpcheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;

/** {@code rules}: the catalogue, one line a requirement. */
final class RulesCommand implements Callable<Integer> {
    private final CommandSpec spec = Commands.spec(this, "rules", "List the requirements catalogue.");

    final RuleOptions rules = new RuleOptions(spec);

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Catalogue c = rules.catalogue();
        PrintWriter out = spec.commandLine().getOut();
        for (Requirement r : c.requirements()) {
            out.printf("%-10s %-7s %s%s  %s%n", r.id(), r.severity().word(), r.confidence(), r.legalReview() ? " legal" : "      ", r.title());
        }
        out.println(c.size() + " requirements; configuration " + c.config().version());
        out.flush();
        return Main.OK;
    }
}
