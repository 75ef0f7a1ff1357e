package org.stpcheck.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where rule files come from: the {@code rules/} directory on disk (author mode, {@code --rules
 * DIR}), or the copy shipped in the jar, listed by the index the build writes.
 */
public interface RuleSource {
    /** The rule files (DRL, catalogue entries, config.yaml) as relative paths with '/' separators, sorted. */
    List<String> files();

    String read(String relativePath);

    /** How a message names a file: {@code rules/pg/PG-03/PG-03.drl}. */
    String display(String relativePath);

    String INDEX = "stpcheck/rules/index.txt";

    /** The catalogue as the build compiled it into one document, or null to read the YAML files. */
    default JsonNode compiledCatalogue() { return null; }

    /** The catalogue as the build wrote it into a class of literals, or null where there is none. */
    default Catalogue builtCatalogue() { return null; }

    static RuleSource directory(Path dir) {
        return new RuleSource() {
            @Override public List<String> files() {
                try (Stream<Path> s = Files.walk(dir)) {
                    return s.filter(Files::isRegularFile)
                            .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                            .filter(p -> !p.contains("/tests/"))
                            .filter(p -> p.endsWith(".drl") || p.endsWith("/requirement.yaml") || p.equals("config.yaml"))
                            .sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + dir, e);
                }
            }
            @Override public String read(String rel) {
                try {
                    return Files.readString(dir.resolve(rel));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + dir.resolve(rel), e);
                }
            }
            @Override public String display(String rel) {
                return dir.resolve(rel).toString();
            }
        };
    }

    /** The rules shipped in the jar. */
    static RuleSource shipped() {
        return new RuleSource() {
            @Override public List<String> files() {
                return read0(INDEX).lines().filter(l -> !l.isBlank()).sorted().toList();
            }
            @Override public String read(String rel) { return read0("stpcheck/rules/" + rel); }
            @Override public String display(String rel) { return "rules/" + rel; }
            @Override public Catalogue builtCatalogue() {
                // written by catalogue.build.CatalogueClassWriter; absent only in a partial build
                return BuiltClass.<Catalogue>supplied("org.stpcheck.catalogue.BuiltCatalogue", "built catalogue").orElse(null);
            }
            @Override public JsonNode compiledCatalogue() {
                try {
                    return new ObjectMapper().readTree(read0(Catalogue.COMPILED));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private String read0(String resource) {
                try (InputStream in = RuleSource.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) throw new IllegalStateException("missing resource " + resource + " (was the jar built with mvn package?)");
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
