package org.stpcheck.load;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML node as the file spelt it, before any typing: the loader types scalars itself
 * (plan-format 1.1: YAML 1.2 core schema, narrowed), so nothing here is interpreted yet. Public
 * for other files read with the same machinery ({@link YamlDocument}: the waivers file).
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    Position position();

    /** 1-based line and column. */
    record Position(int line, int column) {}

    record Entry(String key, Position keyPosition, YamlNode value) {}

    record Mapping(Position position, LinkedHashMap<String, Entry> entries) implements YamlNode {}

    record Sequence(Position position, List<YamlNode> items) implements YamlNode {}

    /** {@code plain} is false for quoted and block scalars, which are always strings. */
    record Scalar(Position position, String text, boolean plain) implements YamlNode {}
}
