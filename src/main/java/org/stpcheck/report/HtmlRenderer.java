package org.stpcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

import org.stpcheck.engine.Outcome;
import org.stpcheck.findings.LegalBrief;
import org.stpcheck.findings.Located;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.Result;
import org.stpcheck.findings.RunHeader;
import org.stpcheck.findings.RunSummary;
import org.stpcheck.findings.Suggestions;
import org.stpcheck.load.LoadError;
import org.stpcheck.load.Suggestion;
import org.stpcheck.load.TerminalSafe;

import static org.stpcheck.report.Text.safe;

/**
 * One self-contained HTML page (inline CSS and one small inline script, no external assets) for
 * assurance teams and plan authors. Several plans: the batch summary first ({@link HtmlSummary}),
 * a filter by plan name, outcome, family and legal review, then each plan's findings collapsed in a
 * {@code <details>} under its name, anchored by plan id. One plan: its section, open. Printed, the
 * page is the summary alone. {@code --legal}: each plan's legal brief by statute.
 *
 * <p>This class builds an {@link HtmlView} of plain strings; the Mustache templates under
 * {@code stpcheck/templates/} place them. {@code {{name}}} escapes HTML, so plan text such as a
 * footprint name cannot inject markup; the templates never use the unescaping forms. Plan text is
 * also {@linkplain TerminalSafe escaped}, since the page may be printed on a terminal. A
 * Content-Security-Policy allows only the page's own style and script, by their hashes.
 *
 * <p>Each plan's section is rendered as its report arrives and set aside in a {@link Spool}; the
 * head, the summary (drawn from the run's digests) and the spooled sections follow at the end.
 */
public final class HtmlRenderer implements Renderer {
    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("stpcheck/templates");
    private static final Outcome[] PROBLEMS = {Outcome.INTERNAL_ERROR, Outcome.FAIL, Outcome.UNMET, Outcome.FLAG};
    /** The policy: nothing but the page's own style and script, named by their SHA-256. */
    static final String CSP = "default-src 'none'; style-src '" + hash("report-head.mustache", "style") + "'; script-src '"
            + hash("report-tail.mustache", "script") + "'; base-uri 'none'; form-action 'none'";

    @Override
    public PlanWriter open(RunHeader run, Options options, Writer out) {
        return new PlanWriter() {
            private final Spool sections = new Spool(options.scratch());
            private int index;

            @Override
            public void plan(PlanReport p) {
                HtmlView.Plan view = HtmlRenderer.plan(p, HtmlSummary.anchor(p.valid() ? p.planId() : null, index++), options, run.plans() <= 1);
                TEMPLATES.compile("plans.mustache").execute(sections, Map.of("plans", List.of(view)));
            }

            @Override
            public void finish(RunSummary summary) throws IOException {
                HtmlView.Page page = page(summary, options);
                TEMPLATES.compile("report-head.mustache").execute(out, page);
                sections.copyTo(out);
                TEMPLATES.compile("report-tail.mustache").execute(out, page);
                out.flush();
            }

            @Override
            public void close() throws IOException {
                sections.close();
            }
        };
    }

    /** The page around the plans' sections: title, totals, versions, and for a batch the summary. */
    static HtmlView.Page page(RunSummary run, Options options) {
        BatchSummary s = new BatchSummary(run);
        boolean batch = run.plans().size() > 1;
        String title;
        if (options.legalOnly()) title = "Legal review brief";
        else if (batch) title = "STP check summary";
        else title = "STP check: " + safe(BatchSummary.label(run.plans().get(0)));
        String footer = "stpcheck " + JsonRenderer.TOOL_VERSION + (run.catalogue() == null ? "" : " · catalogue configuration "
                + run.catalogue().config().version() + " · " + Text.plural(run.catalogue().size(), "requirement") + " in the catalogue");
        return new HtmlView.Page(title, title, batch ? s.totals() : "", s.provenanceLine(), s.selection(), options.legalOnly(),
                batch ? List.of(HtmlSummary.batch(s, options)) : List.of(), footer, CSP, options.legalOnly(), Text.CONFIDENCE_KEY,
                Changes.run(run).stream().map(Text::safe).toList());
    }

    private static HtmlView.Plan plan(PlanReport p, String anchor, Options options, boolean open) {
        String file = safe(p.file());
        if (!p.valid()) {
            return new HtmlView.Plan(anchor, file, false, file, "", "", List.of(), errors(p.file(), p.errors()),
                    List.of(), List.of(), List.of(), List.of(), List.of(), options.legalOnly(), false, open, "", "", List.of(), List.of());
        }
        List<HtmlView.Count> counts = p.outcomes().entrySet().stream()
                .filter(e -> !e.getKey().onlyWhenPresent() || e.getValue() > 0)
                .map(e -> new HtmlView.Count(e.getKey().word().replace('_', ' '), e.getValue(), css(e.getKey()))).toList();
        String code = p.footprintCode() == null ? "" : safe(p.footprintCode());
        String name = safe(p.footprintName());
        String marks = HtmlSummary.marks(p);
        String score = Evidence.of(p.outcomes()).sentence();
        if (options.legalOnly()) {
            List<HtmlView.Statute> brief = brief(p, anchor);
            return new HtmlView.Plan(anchor, file, true, name, code, String.valueOf(p.asOf()), counts, List.of(),
                    List.of(), List.of(), List.of(), List.of(), brief, true, brief.isEmpty(), open, marks, score, Text.lowSources(p), changes(p));
        }
        List<HtmlView.Group> groups = new ArrayList<>();
        for (Outcome o : PROBLEMS) {
            // most serious first within an outcome, catalogue order otherwise (a stable sort)
            List<Result> group = p.results().stream().filter(r -> r.outcome() == o)
                    .sorted(Comparator.comparingInt(r -> r.severity().ordinal())).toList();
            if (!group.isEmpty()) groups.add(group(o, group, p, anchor, options.explain()));
        }
        List<HtmlView.Compact> compact = new ArrayList<>();
        List<HtmlView.Note> notes = new ArrayList<>();
        for (Outcome o : new Outcome[] {Outcome.PASS, Outcome.NOT_APPLICABLE, Outcome.WAIVED}) {
            List<Result> group = p.results().stream().filter(r -> r.outcome() == o).toList();
            if (group.isEmpty()) continue;
            if (options.explain()) {
                groups.add(group(o, group, p, anchor, true));
            } else {
                compact.add(new HtmlView.Compact(Text.outcomeLabel(o), css(o), group.size(),
                        group.stream().map(r -> new HtmlView.Id(r.requirement().id(), anchor + "-" + r.requirement().id())).toList()));
            }
        }
        if (!options.explain()) {
            for (Result r : p.results()) {
                if (r.outcome() != Outcome.PASS) continue;
                for (Located l : r.shownFindings(false)) {
                    String source = Text.lowSource(l);
                    notes.add(new HtmlView.Note(r.requirement().id(), where(p, l), safe(l.finding().message()), source == null ? "" : source));
                }
            }
        }
        List<HtmlView.Statute> index = new ArrayList<>();
        for (Map.Entry<String, List<Result>> e : p.legalByStatute().entrySet()) {
            index.add(new HtmlView.Statute(safe(e.getKey()), views(e.getValue(), p, anchor, false), List.of(), List.of(), ""));
        }
        return new HtmlView.Plan(anchor, file, true, name, code, String.valueOf(p.asOf()), counts, List.of(),
                groups, compact, notes, index, List.of(), false, false, open, marks, score, Text.lowSources(p), changes(p));
    }

    private static List<String> changes(PlanReport p) {
        return Changes.plan(p).stream().map(Text::safe).toList();
    }

    private static HtmlView.Group group(Outcome o, List<Result> results, PlanReport p, String anchor, boolean explain) {
        return new HtmlView.Group(Text.outcomeLabel(o), css(o), results.size(),
                results.stream().map(r -> result(r, p, anchor, r.shownFindings(explain), explain, false)).toList());
    }

    /** The legal brief: per statute what fails or flags, what is not evidenced, what is unknown, and the scope line. */
    private static List<HtmlView.Statute> brief(PlanReport p, String anchor) {
        List<HtmlView.Statute> out = new ArrayList<>();
        for (LegalBrief.Statute s : LegalBrief.of(p).statutes().values()) {
            out.add(new HtmlView.Statute(safe(s.name()), views(s.review(), p, anchor, true), views(s.unmet(), p, anchor, true),
                    views(s.unknown(), p, anchor, true), LegalText.scope(s)));
        }
        return out;
    }

    /** In the brief each result shows its problem findings, facts in words; in the index none. */
    private static List<HtmlView.ResultView> views(List<Result> rs, PlanReport p, String anchor, boolean brief) {
        List<HtmlView.ResultView> views = new ArrayList<>();
        for (Result r : rs) {
            List<Located> findings = brief ? r.shownFindings(false).stream().filter(l -> l.finding().outcome().isProblem()).toList() : List.of();
            views.add(result(r, p, anchor, findings, false, brief));
        }
        return views;
    }

    private static HtmlView.ResultView result(Result r, PlanReport p, String anchor, List<Located> findings, boolean explain, boolean words) {
        var req = r.requirement();
        List<HtmlView.FindingView> fs = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (Located l : findings) {
            var f = l.finding();
            List<HtmlView.Fact> facts = words ? List.of() : f.facts().entrySet().stream()
                    .map(e -> new HtmlView.Fact(safe(e.getKey()), safe(Text.value(e.getValue())))).toList();
            List<String> phrases = words ? FactWords.of(f.facts(), l.path()).stream().map(Text::safe).toList() : List.of();
            boolean rule = explain && f.rule() != null;
            Suggestion s = words ? null : Suggestions.of(l, req).orElse(null);
            String key = s == null ? null : s.path() + "\n" + s.yaml();
            boolean same = key != null && written.contains(key);
            if (key != null && !same) written.add(key);
            String source = Text.lowSource(l);
            fs.add(new HtmlView.FindingView(where(p, l), safe(l.missing() != null ? l.missing() : l.path()), l.missing() != null,
                    Text.findingTag(r, l), safe(f.message()), facts, rule ? safe(f.rule()) : "",
                    rule ? l.matched().stream().map(Text::safe).toList() : List.of(), phrases, source == null ? "" : source,
                    s == null || same ? "" : safe(Text.under(s.path())), s == null || same ? "" : safe(s.yaml().strip()), same));
        }
        return new HtmlView.ResultView(anchor + "-" + req.id(), req.id(), safe(req.title()), Text.outcomeLabel(r.outcome()), css(r.outcome()),
                r.severity().word(), req.legalReview(), req.confidence().name(), req.confidence().provisional(),
                fs, r.outcome().isProblem() || words, safe(req.citation()), safe(req.remedy()));
    }

    static List<HtmlView.ErrorLine> errors(String file, List<LoadError> errors) {
        List<HtmlView.ErrorLine> out = new ArrayList<>();
        for (LoadError e : errors) {
            out.add(new HtmlView.ErrorLine(safe(file + ":" + e.line() + ":" + e.column()),
                    safe((e.path().isEmpty() ? "" : e.path() + ": ") + e.message())));
        }
        return out;
    }

    private static String where(PlanReport p, Located l) {
        return safe(p.file()) + ":" + l.line() + ":" + l.column();
    }

    /** The class that colours an outcome; an internal error is coloured as a failure (the stylesheet has no rule of its own for it). */
    private static String css(Outcome o) {
        return switch (o) {
            case NOT_APPLICABLE -> "na";
            case INTERNAL_ERROR -> "fail internal-error";
            default -> o.word();
        };
    }

    /** "sha256-..." of the text between {@code <tag>} and {@code </tag>} in a template, exactly as the page carries it. */
    private static String hash(String template, String tag) {
        try (InputStream in = HtmlRenderer.class.getClassLoader().getResourceAsStream("stpcheck/templates/" + template)) {
            if (in == null) throw new IllegalStateException("missing template " + template);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int from = text.indexOf("<" + tag + ">") + tag.length() + 2;
            String body = text.substring(from, text.indexOf("</" + tag + ">", from));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
