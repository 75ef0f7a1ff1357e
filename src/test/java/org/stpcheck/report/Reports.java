package org.stpcheck.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.stpcheck.catalogue.Confidence;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.catalogue.Severity;
import org.stpcheck.engine.Finding;
import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunReport;
import org.stpcheck.findings.Selection;
import org.stpcheck.load.LoadError;

/**
 * Builds run reports by hand, so renderer tests say exactly which outcomes they render and need
 * neither the rules nor the catalogue (the batch renderers never read the catalogue).
 */
final class Reports {
    private Reports() {}

    static final LocalDate AS_OF = LocalDate.of(2017, 7, 21);

    static Requirement requirement(String id, String title, boolean legal) {
        return new Requirement(id, id.substring(0, id.indexOf('-')), title, Severity.ERROR, legal, Confidence.V,
                "a citation", legal ? "A statute" : null, "a remedy", LocalDate.of(2015, 12, 22), null, "rule", "logic", false);
    }

    static final Requirement PG_03 = requirement("PG-03", "STP lead identified", false);
    static final Requirement PG_05 = requirement("PG-05", "Footprint agreed", false);
    static final Requirement S75_06 = requirement("S75-06", "Excluded services kept out of section 75 arrangements", true);
    static final List<Requirement> ALL = List.of(PG_03, PG_05, S75_06);

    static Located finding(Requirement r, Outcome o, String message, int line) {
        return new Located(new Finding(r.id(), o, Severity.ERROR, message, "governance.lead", Map.of("k", "v"), false, "rule", List.of()),
                "governance.lead", o == Outcome.UNMET ? "governance.lead.name" : null, line, 3, List.of());
    }

    static Result result(Requirement r, Outcome o, Located... findings) {
        return new Result(r, o, Severity.ERROR, List.of(findings));
    }

    static Result result(Requirement r, Outcome o) {
        return o.isProblem() ? result(r, o, finding(r, o, r.id() + " is " + o.word(), 10)) : result(r, o, new Located[0]);
    }

    /** A checked plan whose results take {@code outcomes} in the order of {@link #ALL}. */
    static PlanReport plan(String slug, String name, Outcome... outcomes) {
        List<Result> rs = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) rs.add(result(ALL.get(i), outcomes[i]));
        return new PlanReport("plans/" + slug + ".yaml", true, slug, "E540000" + slug.length(), name, AS_OF, List.of(), rs);
    }

    static PlanReport plan(String slug, String name, List<Result> results) {
        return new PlanReport("plans/" + slug + ".yaml", true, slug, "E54000001", name, AS_OF, List.of(), results);
    }

    static PlanReport invalid(String slug, String... messages) {
        List<LoadError> errors = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) errors.add(new LoadError(i + 2, 1, "plan.id", messages[i]));
        return new PlanReport("plans/" + slug + ".yaml", false, null, null, null, null, errors, List.of());
    }

    static RunReport run(PlanReport... plans) {
        return new RunReport(null, Selection.all(), List.of(plans));
    }

    /** Three checked plans and one that did not load. */
    static RunReport sample() {
        return run(
                plan("alpha", "Alpha", Outcome.UNMET, Outcome.PASS, Outcome.FAIL),
                plan("bravo", "Bravo", Outcome.PASS, Outcome.PASS, Outcome.NOT_APPLICABLE),
                plan("charlie", "Charlie", Outcome.UNMET, Outcome.FAIL, Outcome.FLAG),
                invalid("delta", "plan id \"alpha\" is already used by plans/alpha.yaml", "second problem"));
    }

    static String render(Renderer r, RunReport report, Renderer.Options options) {
        StringWriter w = new StringWriter();
        try {
            r.render(report, options, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static String render(Renderer r, RunReport report) {
        return render(r, report, Renderer.Options.plain());
    }
}
