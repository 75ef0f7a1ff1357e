package org.stpcheck.docs;

import java.util.regex.Pattern;

/**
 * The catalogue's texts as this repository shows them: they cite the research catalogue's settled
 * readings ("requirements.md §10 item 9") and uncertain points (§0.4), which the requirement index
 * carries, so a reference names the section there rather than a document the repository lacks.
 */
public final class CatalogueText {
    private static final Pattern SETTLED = Pattern.compile("§10 (items? [0-9]+(?:(?:,| and) [0-9]+)*)");
    private static final Pattern UNCERTAIN = Pattern.compile("§0\\.4 (items? [0-9]+)");

    private CatalogueText() {}

    /** For the terminal: "requirements.md §10 item 9" → "§10 item 9" (the settled readings of the requirement index). */
    public static String plain(String text) {
        return text.replace("requirements.md §", "§");
    }

    /** For the requirement pages: as {@link #plain}, each reference linked to its section of the index. */
    static String markdown(String text) {
        String t = SETTLED.matcher(plain(text)).replaceAll("[§10 $1](README.md#settled-readings-10)");
        return UNCERTAIN.matcher(t).replaceAll("[§0.4 $1](README.md#uncertain-or-not-found-04)");
    }
}
