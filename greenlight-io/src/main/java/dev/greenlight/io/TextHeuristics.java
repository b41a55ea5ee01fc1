package dev.greenlight.io;

import dev.greenlight.table.CategoricalColumn;

/**
 * Tells free text (names, comments) from categories. A column is free text when most of its present values are
 * distinct and they are long or contain spaces: such columns are not compared category by category.
 */
final class TextHeuristics {
    /** Share of distinct values among present rows above which a column may be free text. */
    static final double DISTINCT_SHARE = 0.5;
    /** Mean length, in characters, from which distinct values read as text rather than identifiers. */
    static final double MEAN_LENGTH = 20;

    private TextHeuristics() {
    }

    static boolean looksLikeFreeText(CategoricalColumn c) {
        int present = c.size() - c.missingCount();
        if (present < 10) {
            return false;
        }
        long[] counts = c.counts();
        int distinct = 0;
        long chars = 0;
        long spaced = 0;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] == 0) {
                continue;
            }
            distinct++;
            String v = c.dictionary().get(k);
            chars += (long) v.length() * counts[k];
            if (v.strip().indexOf(' ') >= 0) {
                spaced += counts[k];
            }
        }
        double meanLength = (double) chars / present;
        return distinct > DISTINCT_SHARE * present && (meanLength >= MEAN_LENGTH || spaced > DISTINCT_SHARE * present);
    }
}
