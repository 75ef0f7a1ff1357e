package org.stpcheck.findings;

import org.stpcheck.engine.Finding;

/**
 * A finding placed in its plan file. {@code path} is the node that exists nearest to what the
 * finding concerns; {@code missing} is the concerned path when it is absent from the file.
 */
public record Located(Finding finding, String path, String missing, int line, int column) {}
