package org.stpcheck.findings;

import java.util.List;

import org.stpcheck.engine.Finding;
import org.stpcheck.model.Source;

/**
 * A finding placed in its plan file. {@code path} is the node that exists nearest to what the
 * finding concerns; {@code missing} is the concerned path when it is absent from the file;
 * {@code matched} names the facts the deciding rule matched, each with its line. {@code source} is
 * the {@code plan.sources} entry the value the finding rests on comes from (null when the plan names
 * none for it, or when the value is absent: a missing fact rests on no source).
 */
public record Located(Finding finding, String path, String missing, int line, int column, List<String> matched, Source source) {
    public Located {
        matched = List.copyOf(matched);
    }

    public Located(Finding finding, String path, String missing, int line, int column, List<String> matched) {
        this(finding, path, missing, line, column, matched, null);
    }

    /** Whether the finding rests on a value whose source says it is of low confidence (issue 11). */
    public boolean lowConfidence() {
        return source != null && "low".equals(source.confidence());
    }
}
