package dev.greenlight.drift.integrity;

import java.util.Locale;

/**
 * One data-integrity problem.
 *
 * @param kind    what kind of problem
 * @param column  the column concerned; null for problems of whole rows
 * @param rows    how many rows (or values) show it
 * @param message one sentence saying what was found and where
 */
public record IntegrityFinding(Kind kind, String column, long rows, String message) {

    /** The problems looked for. */
    public enum Kind {
        CONSTANT_COLUMN, NEAR_CONSTANT_COLUMN, MIXED_TYPES, DUPLICATE_ROWS, SHARED_ROWS, TARGET_LEAKAGE,
        UNSEEN_CATEGORIES, OUT_OF_RANGE;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
