package dev.greenlight.config;

import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;

import java.util.TreeSet;

/**
 * Recognises a numeric column that is most likely a set of category codes (a survey's education level 1..24,
 * marital status 1..5, race 1..9): every value a non-negative integer, at most {@link #MAX_CODES} distinct values,
 * none above {@link #MAX_CODE}. {@code init} proposes such a column as categorical, with a comment, because
 * comparing codes as magnitudes (a mean education "level" of 17.3) measures nothing real.
 *
 * <p>A small count (children 0..4) passes the same rule: values alone cannot tell a count from a code, so the
 * template says so and the team corrects the type. Evidently makes a similar call when it treats a numeric column
 * with at most 5 values as categorical for its drift tests; the bounds here are wider because census-style codes
 * run to a few dozen values.
 */
final class IntegerCodes {
    /** Most distinct values a code column has (US census ACS: SCHL has 25 (0..24), RELP 18, RAC1P 9, MAR 5). */
    static final int MAX_CODES = 30;
    /** Largest code; larger integers are more likely measurements (an age, a year, a price). */
    static final int MAX_CODE = 99;

    private IntegerCodes() {
    }

    /** The codes found (sorted), or null when the column does not look like codes. */
    static TreeSet<Long> of(Column c) {
        if (!(c instanceof NumericColumn n)) {
            return null;
        }
        TreeSet<Long> codes = new TreeSet<>();
        for (int i = 0; i < n.size(); i++) {
            if (n.isMissing(i)) {
                continue;
            }
            double v = n.get(i);
            if (v != Math.rint(v) || v < 0 || v > MAX_CODE) {
                return null;
            }
            codes.add((long) v);
            if (codes.size() > MAX_CODES) {
                return null;
            }
        }
        return codes.size() >= 2 ? codes : null;
    }
}
