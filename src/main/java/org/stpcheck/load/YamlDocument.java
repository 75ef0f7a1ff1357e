package org.stpcheck.load;

import java.nio.file.Path;
import java.util.List;

/**
 * A YAML file other than a plan (the waivers file) read with the plan loader's machinery: the same
 * safe reading of any file kind and size, the same YAML subset (no anchors, aliases, tags or
 * repeated keys), the same limits, and errors with line and column. {@code root} is null when
 * {@code errors} is not empty.
 */
public record YamlDocument(YamlNode root, List<LoadError> errors) {
    public YamlDocument {
        errors = List.copyOf(errors);
    }

    public static YamlDocument read(Path file) {
        PlanFile.Read read = PlanFile.read(file, YamlReader.MAX_CHARS);
        if (read.error() != null) return new YamlDocument(null, List.of(read.error()));
        return read(read.text());
    }

    public static YamlDocument read(String text) {
        LoadErrors errors = new LoadErrors();
        YamlNode root = new YamlReader(errors).read(new SourceText(text));
        if (root == null && errors.isEmpty()) errors.add(new LoadError(1, 1, "", "the file is empty"));
        return new YamlDocument(errors.isEmpty() ? root : null, errors.list());
    }
}
