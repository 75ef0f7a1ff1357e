package org.stpcheck.report;

/** The output formats by name. */
public final class Renderers {
    private Renderers() {}

    public static Renderer forFormat(String format) {
        return switch (format) {
            case "text" -> new TextRenderer();
            case "json" -> new JsonRenderer();
            case "csv" -> new CsvRenderer();
            case "markdown" -> new MarkdownRenderer();
            case "html" -> new HtmlRenderer();
            case "sarif" -> new SarifRenderer();
            case "junit" -> new JunitRenderer();
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }
}
