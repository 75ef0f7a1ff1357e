package org.stpcheck.load;

/**
 * YAML for a plan author to paste: {@code yaml} goes under the node at {@code path} (the top level
 * when {@code path} is empty), written from column 0; indent it to that node's entries, or list
 * items, when pasting. Placeholders in angle brackets say what to write; a comment lists the
 * allowed values.
 */
public record Suggestion(String path, String yaml) {}
