package org.stpcheck.load;

import java.util.List;

/** "Did you mean" for keys, enum values and references (plan-format 1.1). */
public final class Suggestions {
    private Suggestions() {}

    /**
     * The allowed word with the smallest edit distance, if 3 or less; ties go to the alphabetically
     * first. A word cannot be nearer than its difference in length, so most are never compared, and
     * a comparison stops as soon as it cannot be near enough: a file with 20,000 ids still gets its
     * suggestions at once.
     */
    public static String nearest(String word, List<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String a : allowed) {
            if (Math.abs(a.length() - word.length()) > bestDistance) continue;
            int d = editDistance(word, a, bestDistance);
            if (d > bestDistance) continue;
            if (best == null || d < bestDistance || a.compareTo(best) < 0) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    static int editDistance(String a, String b) { return editDistance(a, b, Math.max(a.length(), b.length())); }

    /**
     * Levenshtein distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. Only
     * the cells within {@code limit} of the diagonal can stay within it, so only they are computed:
     * two 100,000-character words cost 700,000 steps, not 10^10.
     */
    static int editDistance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int over = limit + 1;
        if (Math.abs(n - m) > limit) return over;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = Math.min(j, over);
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            cur[0] = Math.min(i, over);
            cur[from - 1] = from == 1 ? cur[0] : over;
            int rowMin = cur[from - 1];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, over);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < m) cur[to + 1] = over;
            if (rowMin > limit) return over;
            int[] t = prev; prev = cur; cur = t;
        }
        return Math.min(prev[m], over);
    }
}
