package org.stpcheck.report;

/** The output formats by name. */
public final class Renderers {
    private Renderers() {}

    /** Every name {@link #forFormat} knows, in the order the help lists them. */
    public static final java.util.List<String> NAMES = java.util.List.of("text", "json", "csv", "markdown", "html", "sarif", "junit");

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
