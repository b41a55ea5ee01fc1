package dev.greenlight.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the closest valid name for a misspelt one ("did you mean ...?"). */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate closest to {@code given} by case-insensitive edit distance, if it is close enough to be
     * a plausible typo: at most a third of the longer name's length, and at least one edit allowed.
     */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        if (given == null) {
            return Optional.empty();
        }
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = editDistance(g, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.max(g.length(), best.length()) / 3);
        boolean containment = g.length() >= 3 && (best.toLowerCase(Locale.ROOT).contains(g)
                || g.contains(best.toLowerCase(Locale.ROOT)));
        return bestDistance <= allowed || containment ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or the empty string. */
    public static String didYouMean(String given, Collection<String> candidates) {
        return closest(given, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /**
     * Edit distance with adjacent transpositions counted as one edit (optimal string alignment), since swapped
     * letters ("scroe") are the commonest typo.
     */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
