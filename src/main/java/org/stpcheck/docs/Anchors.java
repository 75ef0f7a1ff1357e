package org.stpcheck.docs;

import java.util.Locale;

/** Heading anchors as GitHub computes them, so generated pages can link to each other's headings. */
public final class Anchors {
    private Anchors() {}

    /** {@code "`governance.lead.name`"} → {@code governanceleadname}; {@code "PG-03: STP lead identified"} → {@code pg-03-stp-lead-identified}. */
    public static String of(String heading) {
        String s = heading.strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-') b.appendCodePoint(c);
            else if (c == ' ') b.append('-');
            i += Character.charCount(c);
        }
        return b.toString();
    }
}
