package org.stpcheck.findings;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run made of its waivers: how many results they waived, the waivers that matched no
 * result, and those that had lapsed by a matching plan's {@code as_of} (so did not apply).
 */
public record WaiverUse(List<String> files, int applied, List<Entry> unused, List<Lapsed> expired) {
    public WaiverUse {
        files = List.copyOf(files);
        unused = List.copyOf(unused);
        expired = List.copyOf(expired);
    }

    /** One waiver as its file states it, with where. */
    public record Entry(String file, int line, int column, String plan, String requirement, LocalDate expires) {
        /** {@code file:line:col}, as load errors are given. */
        public String place() { return file + ":" + line + ":" + column; }
    }

    /** A waiver that matched a plan whose {@code as_of} is after its expiry. */
    public record Lapsed(Entry waiver, String planFile, LocalDate asOf) {}
}
