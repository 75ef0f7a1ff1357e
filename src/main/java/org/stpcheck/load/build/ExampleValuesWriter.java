package org.stpcheck.load.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.stpcheck.catalogue.build.CatalogueClassWriter;
import org.stpcheck.catalogue.build.GeneratedClass;
import org.stpcheck.load.ExampleValues;
import org.stpcheck.load.FormatDocs;

/**
 * Build step (Maven process-classes): the worked example's values ({@link ExampleValues}) and every
 * key's placeholder ({@link FormatDocs#placeholders()}) as classes of literals. A report that
 * suggests YAML shows each missing key's example value and placeholder; reading the values meant
 * parsing the worked example on the first such report, 20-25 ms of a cold one-plan check, and
 * making the placeholders walking the whole format with its texts, 10 ms (issue 12). Both are made
 * from the example and the format as the jar ships them, so they cannot drift.
 */
public final class ExampleValuesWriter {
    private ExampleValuesWriter() {}

    /** Arguments: the classes directory (holding the shipped example) to compile into, a directory for the source. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path sources = Path.of(args[1]);
        Map<String, String> values = ExampleValues.of(Files.readString(classes.resolve(FormatDocs.WORKED_EXAMPLE), StandardCharsets.UTF_8));
        GeneratedClass.write(ExampleValues.BUILT, source("BuiltExampleValues", "the worked example", values), sources, classes,
                classes.toString(), "example values");
        System.out.println("stpcheck: wrote the worked example's " + values.size() + " values as " + ExampleValues.BUILT);
        Map<String, String> placeholders = FormatDocs.placeholders();
        GeneratedClass.write(FormatDocs.BUILT_PLACEHOLDERS, source("BuiltPlaceholders", "the format's keys", placeholders), sources, classes,
                classes.toString(), "placeholders");
        System.out.println("stpcheck: wrote " + placeholders.size() + " keys' placeholders as " + FormatDocs.BUILT_PLACEHOLDERS);
    }

    /** The Java source of a class of one map: keys and values as one flat array, in key order (the same input, the same bytes). */
    static String source(String simpleName, String from, Map<String, String> values) {
        StringJoiner pairs = new StringJoiner(",\n            ");
        new TreeMap<>(values).forEach((k, v) -> pairs.add(CatalogueClassWriter.literal(k) + ", " + CatalogueClassWriter.literal(v)));
        return """
                package org.stpcheck.load;

                /** Generated at build time by ExampleValuesWriter from %s: do not edit. */
                final class %s implements java.util.function.Supplier<java.util.Map<String, String>> {
                    private static final String[] PAIRS = {
                        %s
                    };

                    @Override
                    public java.util.Map<String, String> get() {
                        java.util.Map<String, String> m = new java.util.HashMap<>();
                        for (int i = 0; i < PAIRS.length; i += 2) m.put(PAIRS[i], PAIRS[i + 1]);
                        return java.util.Map.copyOf(m);
                    }
                }
                """.formatted(from, simpleName, pairs);
    }
}
