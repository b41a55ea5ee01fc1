package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;

/**
 * Cramér's V, an effect size for association in an r x c contingency table (Cramér 1946, "Mathematical
 * Methods of Statistics", section 21.9): {@code V = sqrt(X^2 / (N min(r - 1, c - 1)))} with X^2 Pearson's
 * statistic without continuity correction, as scipy's {@code contingency.association(table, 'cramer')}.
 * V is 0 for independence and 1 for a perfect association; on a 2 x k drift table it measures how much the
 * category mix differs between reference and current, whatever the sample sizes.
 */
public final class CramersV {
    private CramersV() {
    }

    /**
     * @throws InvalidDataException for an invalid table (see {@link ChiSquareContingency}) or one with a
     *                                  single row or column
     */
    public static double of(long[][] table) {
        return of(Tables.toDoubles(table));
    }

    /** Cramér's V of a table of (possibly weighted) counts. */
    public static double of(double[][] table) {
        int columns = Tables.requireCountTable(table);
        if (table.length < 2 || columns < 2) {
            throw new InvalidDataException("Cramér's V needs at least 2 rows and 2 columns, got "
                    + table.length + " x " + columns);
        }
        double total = 0;
        for (double[] row : table) {
            for (double v : row) {
                total += v;
            }
        }
        double chi2 = ChiSquareContingency.test(table, false, ChiSquareContingency.PEARSON).statistic();
        return Math.sqrt(chi2 / total / Math.min(table.length - 1, columns - 1));
    }
}
