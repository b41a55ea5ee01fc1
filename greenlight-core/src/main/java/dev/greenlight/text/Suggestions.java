package dev.greenlight.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the closest valid name for a misspelt one ("did you mean ...?"). */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate closest to {@code given} by case-insensitive Levenshtein distance, if it is close enough to be
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
            int d = levenshtein(g, c.toLowerCase(Locale.ROOT));
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

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
