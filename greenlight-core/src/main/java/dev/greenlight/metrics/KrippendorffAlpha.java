package dev.greenlight.metrics;

import java.util.Arrays;

/**
 * Krippendorff's alpha, the reliability of ratings by any number of raters with missing ratings allowed, computed
 * from the coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
 * {@code o_ck = sum_u (number of c-k pairs of values in unit u) / (m_u - 1)}, over the units with
 * {@code m_u >= 2} ratings; {@code n_c = sum_k o_ck}, {@code n = sum_c n_c}, and
 * {@code alpha = 1 - (n - 1) sum_ck o_ck delta^2_ck / sum_ck n_c n_k delta^2_ck}, with the difference function
 * delta of the {@link MeasurementLevel}.
 *
 * <p>A unit rated once carries no information about agreement and is left out, as Krippendorff does. Alpha is
 * undefined when fewer than two pairable values remain, or when every pairable value is the same (the expected
 * disagreement is 0). 1 is perfect agreement, 0 agreement at chance; values below 0 mean systematic disagreement.
 */
public final class KrippendorffAlpha {
    /** The metric name of the value. */
    public static final String NAME = "krippendorff_alpha";

    private KrippendorffAlpha() {
    }

    /**
     * Alpha of a units-by-raters matrix.
     *
     * @param ratings {@code ratings[u][r]} = the value rater r gave unit u, NaN when r did not rate u. For nominal
     *                and ordinal data the values are category codes in category order (only their order matters
     *                for ordinal data); for interval and ratio data they are the numbers themselves
     * @param level   how a disagreement between two values weighs
     */
    public static MetricValue of(double[][] ratings, MeasurementLevel level) {
        double[] values = distinctValues(ratings);
        int k = values.length;
        double[][] coincidences = new double[k][k];
        int pairableUnits = 0;
        for (double[] unit : ratings) {
            int[] present = codes(unit, values);
            if (present.length < 2) {
                continue;
            }
            pairableUnits++;
            double share = 1.0 / (present.length - 1);
            for (int i = 0; i < present.length; i++) {
                for (int j = 0; j < present.length; j++) {
                    if (i != j) {
                        coincidences[present[i]][present[j]] += share;
                    }
                }
            }
        }
        double[] marginals = new double[k];
        double n = 0.0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                marginals[c] += coincidences[c][d];
            }
            n += marginals[c];
        }
        if (n < 2) {
            return MetricValue.undefined(NAME, pairableUnits, "Krippendorff's alpha needs at least one unit rated "
                    + "by two raters or more");
        }
        double observed = 0.0;
        double expected = 0.0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c == d) {
                    continue;
                }
                double delta2 = squaredDifference(level, values, marginals, c, d);
                observed += coincidences[c][d] * delta2;
                expected += marginals[c] * marginals[d] * delta2;
            }
        }
        if (expected == 0.0) {
            return MetricValue.undefined(NAME, pairableUnits, "Krippendorff's alpha is undefined: every pairable "
                    + "rating has the same value, so there is no variation to agree on");
        }
        return MetricValue.of(NAME, 1.0 - (n - 1.0) * observed / expected, pairableUnits);
    }

    private static double squaredDifference(MeasurementLevel level, double[] values, double[] marginals, int c,
                                            int d) {
        return switch (level) {
            case NOMINAL -> 1.0;
            case INTERVAL -> (values[c] - values[d]) * (values[c] - values[d]);
            case RATIO -> {
                double r = (values[c] - values[d]) / (values[c] + values[d]);
                yield r * r;
            }
            case ORDINAL -> {
                double between = 0.0;
                for (int g = Math.min(c, d); g <= Math.max(c, d); g++) {
                    between += marginals[g];
                }
                double x = between - (marginals[c] + marginals[d]) / 2.0;
                yield x * x;
            }
        };
    }

    /** The distinct present values, ascending. */
    private static double[] distinctValues(double[][] ratings) {
        return Arrays.stream(ratings).flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v))
                .map(v -> v + 0.0).distinct().sorted().toArray(); // + 0.0 makes -0.0 the same value as 0.0
    }

    /** The indices into {@code values} of a unit's present ratings. */
    private static int[] codes(double[] unit, double[] values) {
        return Arrays.stream(unit).filter(v -> !Double.isNaN(v)).mapToInt(v -> Arrays.binarySearch(values, v + 0.0))
                .toArray();
    }
}
