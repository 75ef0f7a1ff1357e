package org.stpcheck.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.engine.RuleBase;
import org.stpcheck.findings.Checker;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.RunReport;
import org.stpcheck.findings.Selection;
import org.stpcheck.load.PlanFile;
import org.stpcheck.load.PlanLoader;
import org.stpcheck.report.JsonRenderer;
import org.stpcheck.report.Renderer;

/**
 * The one place where the server meets the checker: plan text in, {@link PlanReport} out, and the
 * JSON report of the report contract. The rule base is built once by the caller and shared; every
 * check opens its own Drools session on it, so concurrent checks never share working memory.
 *
 * <p>Both single plans and folders go through the CLI's own {@link Checker} (one checker, two front
 * doors), and plan bytes are read by the loader's own {@link PlanFile#decode}, so a body over the
 * limit or not in UTF-8 gets the error, line and column {@code stpcheck check} gives the file.
 */
public final class PlanChecks {
    private final Catalogue catalogue;
    private final Checker checker;

    public PlanChecks(Catalogue catalogue, RuleBase rules) {
        this.catalogue = catalogue;
        this.checker = new Checker(catalogue, rules);
    }

    public Catalogue catalogue() { return catalogue; }

    /** The loader's size limit: a body or file over it is refused, never read whole. */
    public static long maxBytes() { return PlanLoader.MAX_BYTES; }

    /** Checks plan bytes named {@code file} alone, as {@code stpcheck check FILE} would (no cross-plan pass). */
    public PlanReport check(String file, byte[] bytes, Selection selection) {
        return check(file, PlanFile.decode(bytes), selection);
    }

    /** Checks plan bytes already decoded by {@link PlanFile#decode}: the text, or the error that stops it loading. */
    public PlanReport check(String file, PlanFile.Read read, Selection selection) {
        return read.error() != null ? PlanReport.invalid(file, List.of(read.error())) : checker.check(file, read.text(), selection);
    }

    /** Checks plan files together, as {@code stpcheck check DIR} does (the cross-plan pass included). */
    public RunReport checkFiles(List<Path> files) {
        return checker.check(files, Selection.all());
    }

    /** The JSON report of one plan: the document {@code check --format json} writes for it. */
    public String json(PlanReport plan, Selection selection) {
        return json(new RunReport(catalogue, selection, List.of(plan)));
    }

    /**
     * The same document as {@link #json(PlanReport, Selection)}, as UTF-8 bytes, encoded as it is
     * written: an answer to {@code POST /api/check} is 80 KB, and going through a string copied it
     * three times (a fifth of the server's allocation).
     */
    public byte[] jsonBytes(PlanReport plan, Selection selection) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 17);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new JsonRenderer().render(new RunReport(catalogue, selection, List.of(plan)), Renderer.Options.plain(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    public String json(RunReport report) {
        StringWriter out = new StringWriter();
        try {
            new JsonRenderer().render(report, Renderer.Options.plain(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
