package org.stpcheck.findings;

import java.util.List;

import org.stpcheck.engine.Finding;

/**
 * A finding placed in its plan file. {@code path} is the node that exists nearest to what the
 * finding concerns; {@code missing} is the concerned path when it is absent from the file;
 * {@code matched} names the facts the deciding rule matched, each with its line.
 */
public record Located(Finding finding, String path, String missing, int line, int column, List<String> matched) {
    public Located {
        matched = List.copyOf(matched);
    }
}
