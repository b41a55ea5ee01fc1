package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Chi-square test of independence on an r x c contingency table, as scipy's
 * {@code chi2_contingency(table, correction, lambda_)}. For drift checks the table is 2 x k: row 0 holds the
 * reference counts per category, row 1 the current counts.
 *
 * <p>Expected counts are {@code E_ij = R_i C_j / N}; degrees of freedom {@code (r - 1)(c - 1)}. When
 * {@code dof == 1} and correction is on, Yates' continuity correction moves each observed count towards its
 * expected count by {@code min(0.5, |E - O|)}. The statistic is Cressie and Read's (1984) power divergence
 * {@code 2/(lambda(lambda+1)) sum O ((O/E)^lambda - 1)}, with its limits: {@code lambda = 1} is Pearson's
 * {@code sum (O - E)^2 / E}, {@code lambda = 0} the G-test {@code 2 sum O ln(O/E)} (terms with O = 0 are 0),
 * {@code lambda = -1} the modified log-likelihood {@code 2 sum E ln(E/O)} (infinite when some O = 0). The
 * p-value is the chi-square upper tail with dof degrees of freedom. A table with a single row or column
 * ({@code dof == 0}) gives statistic 0 and p-value 1.
 */
public final class ChiSquareContingency {
    /** Pearson's X^2 (Cressie-Read lambda = 1), the default. */
    public static final double PEARSON = 1;
    /** Likelihood-ratio G-test (lambda = 0), scipy's {@code 'log-likelihood'}. */
    public static final double LOG_LIKELIHOOD = 0;
    /** Freeman-Tukey (lambda = -1/2). */
    public static final double FREEMAN_TUKEY = -0.5;
    /** Modified log-likelihood (lambda = -1). */
    public static final double MOD_LOG_LIKELIHOOD = -1;
    /** Neyman's modified X^2 (lambda = -2). */
    public static final double NEYMAN = -2;
    /** Cressie and Read's recommended lambda = 2/3. */
    public static final double CRESSIE_READ = 2.0 / 3.0;

    private ChiSquareContingency() {
    }

    /** Pearson's test with Yates' correction for 2 x 2 tables (scipy's defaults). */
    public static ChiSquareResult test(long[][] table) {
        return test(Tables.toDoubles(table), true, PEARSON);
    }

    /** Pearson's test, with or without Yates' correction (it only ever applies when dof == 1). */
    public static ChiSquareResult test(long[][] table, boolean correction) {
        return test(Tables.toDoubles(table), correction, PEARSON);
    }

    /** Pearson's test with Yates' correction on a table of (possibly weighted) counts. */
    public static ChiSquareResult test(double[][] table) {
        return test(table, true, PEARSON);
    }

    /** The power-divergence test with the given lambda (see the constants). */
    public static ChiSquareResult test(long[][] table, boolean correction, double lambda) {
        return test(Tables.toDoubles(table), correction, lambda);
    }

    /**
     * The test on a table of (possibly weighted, non-integer) counts.
     *
     * @throws InvalidDataException if the table is null, empty, ragged, has a negative or non-finite cell,
     *                                  or a row or column that sums to 0 (its expected counts would be 0; the
     *                                  message names it), or lambda is NaN
     */
    public static ChiSquareResult test(double[][] table, boolean correction, double lambda) {
        int columns = Tables.requireCountTable(table);
        if (Double.isNaN(lambda)) {
            throw new InvalidDataException("lambda is NaN");
        }
        int rows = table.length;
        double[] rowSums = new double[rows];
        double[] columnSums = new double[columns];
        double total = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                rowSums[i] += table[i][j];
                columnSums[j] += table[i][j];
            }
            total += rowSums[i];
        }
        requirePositive(rowSums, "row");
        requirePositive(columnSums, "column");
        double[][] expected = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                expected[i][j] = rowSums[i] * columnSums[j] / total;
            }
        }
        int dof = (rows - 1) * (columns - 1);
        if (dof == 0) {
            return new ChiSquareResult(0, 1, 0, expected, false);
        }
        boolean yates = correction && dof == 1;
        double statistic = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double o = table[i][j];
                double e = expected[i][j];
                if (yates) {
                    o += Math.signum(e - o) * Math.min(0.5, Math.abs(e - o));
                }
                statistic += divergenceTerm(o, e, lambda);
            }
        }
        double p = ChiSquaredDistribution.of(dof).survivalProbability(statistic);
        return new ChiSquareResult(statistic, p, dof, expected, yates);
    }

    private static double divergenceTerm(double o, double e, double lambda) {
        if (lambda == 1) {
            double diff = o - e;
            return diff * diff / e;
        }
        if (lambda == 0) {
            return o == 0 ? 0 : 2 * o * Math.log(o / e);
        }
        if (lambda == -1) {
            return o == 0 ? Double.POSITIVE_INFINITY : 2 * e * Math.log(e / o);
        }
        return o * (Math.pow(o / e, lambda) - 1) / (0.5 * lambda * (lambda + 1));
    }

    private static void requirePositive(double[] sums, String what) {
        for (int k = 0; k < sums.length; k++) {
            if (sums[k] == 0) {
                throw new InvalidDataException(what + " " + k + " of the table sums to 0, so its expected"
                        + " counts are 0; drop categories that occur in neither sample");
            }
        }
    }
}
