package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;

/**
 * k-sample Anderson-Darling test of Scholz and Stephens (1987), "K-sample Anderson-Darling tests", JASA
 * 82(399), as scipy's {@code anderson_ksamp(samples, midrank)}.
 *
 * <p>With the pooled sample's distinct values {@code Z*_1 < ... < Z*_L}, multiplicities l_j, N values in all
 * and n_i in sample i:
 * <ul>
 *   <li>midrank (default, eq. 7, the version for data with ties):
 *       {@code A2akN = (N-1)/N sum_i 1/n_i sum_{j<=L} l_j/N (N M_ij - n_i B_j)^2 / (B_j (N - B_j) - N l_j / 4)}
 *       with {@code B_j = #{Z < Z*_j} + l_j / 2} and {@code M_ij = #{X_i < Z*_j} + f_ij / 2};</li>
 *   <li>right-continuous (eq. 6): {@code A2kN = sum_i 1/n_i sum_{j<L} l_j/N (N M_ij - n_i B_j)^2 / (B_j (N - B_j))}
 *       with {@code B_j = #{Z <= Z*_j}}, {@code M_ij = #{X_i <= Z*_j}}.</li>
 * </ul>
 * The statistic is standardised with the exact null variance (eq. 4, with H, h and g as defined there):
 * {@code T = (A2 - (k-1)) / sigma_N}. Critical values interpolate the paper's Table 2:
 * {@code t_alpha(m) = b0 + b1 / sqrt(m) + b2 / m}, {@code m = k - 1}. As in scipy, the p-value is
 * {@code exp} of the least-squares quadratic in T fitted to {@code (t_alpha, ln alpha)} over the seven levels,
 * and is capped to [0.001, 0.25] outside the table (the result says so).
 */
public final class AndersonDarling {
    private static final double[] LEVELS = {0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001};
    private static final double[] B0 = {0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085};
    private static final double[] B1 = {-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615};
    private static final double[] B2 = {-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154};

    private AndersonDarling() {
    }

    /** The significance levels of {@link AndersonDarlingResult#criticalValues()}: 25 % down to 0.1 %. */
    public static double[] significanceLevels() {
        return LEVELS.clone();
    }

    /** The midrank test (for data with or without ties). */
    public static AndersonDarlingResult kSample(double[]... samples) {
        return kSample(true, samples);
    }

    /**
     * The test on two or more samples; NaN values are excluded.
     *
     * @param midrank true for the midrank statistic (eq. 7), false for the right-continuous one (eq. 6)
     * @throws InvalidDataException if fewer than 2 samples are given, a sample is null or empty after
     *                                  removing NaN (the message gives its index), or the pooled sample has
     *                                  fewer than 4 values or fewer than 2 distinct values
     */
    public static AndersonDarlingResult kSample(boolean midrank, double[]... samples) {
        Samples.requireNonNull(samples, "samples");
        if (samples.length < 2) {
            throw new InvalidDataException("anderson-darling needs at least 2 samples, got " + samples.length);
        }
        double[][] sorted = new double[samples.length][];
        for (int i = 0; i < samples.length; i++) {
            sorted[i] = Samples.sortedNonEmpty(samples[i], "samples[" + i + "]");
        }
        return test(sorted, midrank);
    }

    /** The test on samples sorted beforehand. */
    public static AndersonDarlingResult kSample(boolean midrank, SortedSample... samples) {
        Samples.requireNonNull(samples, "samples");
        if (samples.length < 2) {
            throw new InvalidDataException("anderson-darling needs at least 2 samples, got " + samples.length);
        }
        double[][] sorted = new double[samples.length][];
        for (int i = 0; i < samples.length; i++) {
            sorted[i] = Samples.requireNonNull(samples[i], "samples[" + i + "]").requireNonEmpty("samples[" + i + "]");
        }
        return test(sorted, midrank);
    }

    private static AndersonDarlingResult test(double[][] samples, boolean midrank) {
        requirePooledSampleSize(samples);
        int k = samples.length;
        int[] sizes = new int[k];
        long total = 0;
        for (int i = 0; i < k; i++) {
            sizes[i] = samples[i].length;
            total += sizes[i];
        }
        double n = total;
        double a2 = midrank ? midrankStatistic(samples, n) : rightContinuousStatistic(samples, n);

        double bigH = 0;
        for (int size : sizes) {
            bigH += 1.0 / size;
        }
        // h = sum_{i<N} 1/i and g = sum_{j=2}^{N-1} (1/j) sum_{i<j} 1/(N-i), in one pass
        double h = 0;
        double g = 0;
        double tail = 0;
        for (long j = 1; j < total; j++) {
            h += 1.0 / j;
            if (j >= 2) {
                tail += 1.0 / (n - (j - 1));
                g += tail / j;
            }
        }
        double a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * bigH;
        double b = (2 * g - 4) * k * k + 8 * h * k + (2 * g - 14 * h - 4) * bigH - 8 * h + 4 * g - 6;
        double c = (6 * h + 2 * g - 2) * k * k + (4 * h - 4 * g + 6) * k + (2 * h - 6) * bigH + 4 * h;
        double d = (2 * h + 6) * k * k - 4 * h * k;
        double variance = (a * n * n * n + b * n * n + c * n + d) / ((n - 1) * (n - 2) * (n - 3));
        int m = k - 1;
        double statistic = (a2 - m) / Math.sqrt(variance);

        double[] critical = new double[LEVELS.length];
        double minCritical = Double.POSITIVE_INFINITY;
        double maxCritical = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < LEVELS.length; l++) {
            critical[l] = B0[l] + B1[l] / Math.sqrt(m) + B2[l] / m;
            minCritical = Math.min(minCritical, critical[l]);
            maxCritical = Math.max(maxCritical, critical[l]);
        }
        double p;
        boolean capped = true;
        if (statistic < minCritical) {
            p = 0.25;
        } else if (statistic > maxCritical) {
            p = 0.001;
        } else {
            p = Math.exp(QuadraticFit.of(critical, logLevels()).valueAt(statistic));
            capped = false;
        }
        return new AndersonDarlingResult(statistic, critical, p, capped, sizes);
    }

    private static void requirePooledSampleSize(double[][] sortedSamples) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long total = 0;
        for (double[] s : sortedSamples) {
            min = Math.min(min, s[0]);
            max = Math.max(max, s[s.length - 1]);
            total += s.length;
        }
        if (total < 4) {
            // the null variance (eq. 4) divides by (N - 1)(N - 2)(N - 3); scipy returns NaN or fails here
            throw new InvalidDataException("anderson-darling needs at least 4 values in all, got " + total);
        }
        if (!(min < max)) {
            throw new InvalidDataException("anderson-darling needs at least 2 distinct values in the pooled"
                    + " sample; all values are " + min);
        }
    }

    private static double[] logLevels() {
        double[] out = new double[LEVELS.length];
        for (int l = 0; l < LEVELS.length; l++) {
            out[l] = Math.log(LEVELS[l]);
        }
        return out;
    }

    /** Eq. 7 of Scholz and Stephens, walking the distinct pooled values once with a cursor per sample. */
    private static double midrankStatistic(double[][] samples, double n) {
        int k = samples.length;
        int[] cursor = new int[k];
        int[] ties = new int[k];
        double[] perSample = new double[k];
        long below = 0;
        double next;
        while (!Double.isNaN(next = smallestUnread(samples, cursor))) {
            long multiplicity = consume(samples, cursor, next, ties);
            double bj = below + multiplicity / 2.0;
            double denominator = bj * (n - bj) - n * multiplicity / 4.0;
            for (int i = 0; i < k; i++) {
                double mij = (cursor[i] - ties[i]) + ties[i] / 2.0;
                double dev = n * mij - bj * samples[i].length;
                perSample[i] += multiplicity / n * dev * dev / denominator;
            }
            below += multiplicity;
        }
        return sumOverSizes(perSample, samples) * (n - 1) / n;
    }

    /** Eq. 6 of Scholz and Stephens: the same walk with right-continuous counts, skipping the largest value. */
    private static double rightContinuousStatistic(double[][] samples, double n) {
        int k = samples.length;
        int[] cursor = new int[k];
        int[] ties = new int[k];
        double[] perSample = new double[k];
        long atOrBelow = 0;
        double next;
        while (!Double.isNaN(next = smallestUnread(samples, cursor))) {
            long multiplicity = consume(samples, cursor, next, ties);
            atOrBelow += multiplicity;
            if (atOrBelow == (long) n) {
                break;
            }
            double bj = atOrBelow;
            for (int i = 0; i < k; i++) {
                double dev = n * cursor[i] - bj * samples[i].length;
                perSample[i] += multiplicity / n * dev * dev / (bj * (n - bj));
            }
        }
        return sumOverSizes(perSample, samples);
    }

    /** Moves each cursor past the values equal to {@code value}; records how many per sample; returns the total. */
    private static long consume(double[][] samples, int[] cursor, double value, int[] ties) {
        long multiplicity = 0;
        for (int i = 0; i < samples.length; i++) {
            int start = cursor[i];
            while (cursor[i] < samples[i].length && samples[i][cursor[i]] <= value) {
                cursor[i]++;
            }
            ties[i] = cursor[i] - start;
            multiplicity += ties[i];
        }
        return multiplicity;
    }

    private static double sumOverSizes(double[] perSample, double[][] samples) {
        double sum = 0;
        for (int i = 0; i < samples.length; i++) {
            sum += perSample[i] / samples[i].length;
        }
        return sum;
    }

    /** The smallest value not yet consumed by any cursor, or NaN when all samples are consumed. */
    private static double smallestUnread(double[][] samples, int[] cursor) {
        double min = Double.NaN;
        for (int i = 0; i < samples.length; i++) {
            if (cursor[i] < samples[i].length) {
                double v = samples[i][cursor[i]];
                if (Double.isNaN(min) || v < min) {
                    min = v;
                }
            }
        }
        return min;
    }
}
