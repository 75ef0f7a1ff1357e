package org.stpcheck.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.engine.RuleBase;
import org.stpcheck.findings.Checker;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.RunReport;
import org.stpcheck.findings.Selection;
import org.stpcheck.load.LoadError;
import org.stpcheck.load.PlanLoader;
import org.stpcheck.report.JsonRenderer;
import org.stpcheck.report.Renderer;

/**
 * The one place where the server meets the checker: plan text in, {@link PlanReport} out, and the
 * JSON report of the report contract. The rule base is built once by the caller and shared; every
 * check opens its own Drools session on it, so concurrent checks never share working memory.
 *
 * <p>Both single plans and folders go through the CLI's own {@link Checker} (one checker, two front
 * doors); this class adds only what HTTP needs: the size limit and the UTF-8 check of raw bytes.
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
        if (bytes.length > maxBytes()) {
            return PlanReport.invalid(file, List.of(new LoadError(1, 1, "", "file is larger than " + maxBytes() + " bytes")));
        }
        // a strict decoder only when the lenient one replaced something (or the text holds U+FFFD)
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return PlanReport.invalid(file, List.of(new LoadError(1, 1, "", "the file is not UTF-8")));
            }
        }
        return checker.check(file, text, selection);
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
