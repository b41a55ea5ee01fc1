package dev.greenlight.stats;

import java.util.Objects;

/**
 * First Wasserstein distances between a sample and each of several disjoint subsets of its rows, as
 * {@link Wasserstein#distance(SortedSample, SortedSample)} gives for (subset, sample), in time linear in the
 * subset's size once the sample is prepared: drift's reference chunks (twenty chunks of 50,000 rows each measured
 * against a reference of a million) no longer merge the whole reference once per chunk.
 *
 * <p>With the sample's present values sorted, {@code x_0 <= ... <= x_(m-1)}, and a subset whose values sit at sorted
 * positions {@code q_1 <= ... <= q_c}, {@code W1 = sum over i < m-1 of |K(i)/c - (i+1)/m| (x_(i+1) - x_i)}, where
 * {@code K(i)} counts the subset's positions at or below {@code i} (between tied values the gap is 0, so which of a
 * tie's positions a value takes does not matter). {@code K} is constant between consecutive subset positions, and
 * {@code (i+1)/m} crosses {@code K/c} at most once there, so each of the {@code c + 1} stretches is two sums over
 * prefix sums of the gaps and of {@code (i+1)} times the gaps. The latter are kept as double-double running sums
 * (Dekker's two-sum, with the products split exactly by {@link Math#fma}), so a stretch's sum loses nothing to the
 * size of the sums before it; the stretches are added with Neumaier's compensated sum. The result agrees with the
 * merge of {@link Wasserstein} to about 1e-13 relative, not bit for bit: the same integral, summed by stretches of
 * the subset instead of value by value.
 *
 * <p>Missing values (NaN) belong to no stretch: a subset's size {@code c} counts its present values.
 */
public final class SubsetWasserstein {
    private final double[] sorted;
    /** The row of each sorted value, for the present values only. */
    private final int[] rowAt;
    private final int rows;
    /**
     * Per sorted position i, three doubles side by side (one cache line for a stretch's end): {@code x_i} and
     * {@code sum over j < i of (j+1) (x_(j+1) - x_j)} as a double-double, high part then low part.
     */
    private final double[] prefix;
    private final SortedSample sample;

    private SubsetWasserstein(double[] sorted, int[] rowAt, int rows) {
        this.sorted = sorted;
        this.rowAt = rowAt;
        this.rows = rows;
        int m = sorted.length;
        prefix = new double[3 * m];
        double high = 0;
        double low = 0;
        for (int j = 0; j < m; j++) {
            prefix[3 * j] = sorted[j];
            prefix[3 * j + 1] = high;
            prefix[3 * j + 2] = low;
            if (j + 1 < m) {
                double gap = sorted[j + 1] - sorted[j];
                double product = (j + 1) * gap;
                double productError = Math.fma(j + 1, gap, -product);
                double s = high + product;
                double v = s - high;
                double error = (high - (s - v)) + (product - v);
                low += error + productError;
                high = s;
            }
        }
        sample = SortedSample.wrapSorted(sorted, rows - m);
    }

    /**
     * Sorts a sample's values, keeping the row each came from.
     *
     * @param values the sample, NaN = missing
     */
    public static SubsetWasserstein of(double[] values) {
        Objects.requireNonNull(values, "values");
        double[] all = new double[values.length];
        int[] order = RadixSort.argsort(values, all);
        int m = 0;
        while (m < all.length && !Double.isNaN(all[m])) {
            m++;
        }
        double[] sorted = m == all.length ? all : java.util.Arrays.copyOf(all, m);
        int[] rowAt = m == order.length ? order : java.util.Arrays.copyOf(order, m);
        return new SubsetWasserstein(sorted, rowAt, values.length);
    }

    /** The sample's present values, sorted (shared, never copied). */
    public SortedSample sample() {
        return sample;
    }

    /**
     * The distance between each subset and the whole sample.
     *
     * @param subsetOfRow for each row of the sample, the subset it belongs to ({@code 0..subsets-1}), or a negative
     *                    number for none
     * @param subsets     how many subsets
     * @return per subset its distance (NaN for a subset without present values) and its present values
     * @throws IllegalArgumentException if {@code subsetOfRow} does not have one entry per row, or names a subset
     *                                  beyond {@code subsets}
     */
    public Distances distances(int[] subsetOfRow, int subsets) {
        if (subsetOfRow.length != rows) {
            throw new IllegalArgumentException("need one subset per row: " + rows + " rows, got "
                    + subsetOfRow.length);
        }
        int m = sorted.length;
        int[] present = new int[subsets];
        for (int subset : subsetOfRow) {
            if (subset >= subsets) {
                throw new IllegalArgumentException("a row is in subset " + subset + " of " + subsets);
            }
            if (subset >= 0) {
                present[subset]++;
            }
        }
        if (m < rows) {
            // rows without a value are in no stretch: count each subset's present values
            java.util.Arrays.fill(present, 0);
            for (int p = 0; p < m; p++) {
                int subset = subsetOfRow[rowAt[p]];
                if (subset >= 0) {
                    present[subset]++;
                }
            }
        }
        double[] distance = new double[subsets];
        boolean finite = m == 0 || Double.isFinite(sorted[0]) && Double.isFinite(sorted[m - 1]);
        if (!finite) {
            mergeEach(subsetOfRow, present, distance);
            return new Distances(distance, present);
        }
        // one pass over the sorted sample: each position closes the stretch of the subset it belongs to, so every
        // subset's stretches are added in their order, as one subset at a time would
        CompensatedSum[] area = new CompensatedSum[subsets];
        int[] k = new int[subsets];
        int[] lo = new int[subsets];
        for (int subset = 0; subset < subsets; subset++) {
            area[subset] = new CompensatedSum();
        }
        if (subsets <= Byte.MAX_VALUE) {
            // the subsets as bytes: the lookup below jumps about the rows, and a quarter of the memory stays cached
            byte[] small = new byte[rows];
            for (int i = 0; i < rows; i++) {
                small[i] = (byte) Math.max(-1, subsetOfRow[i]);
            }
            for (int p = 0; p < m; p++) {
                int subset = small[rowAt[p]];
                if (subset >= 0) {
                    stretch(area[subset], k[subset]++, present[subset], lo[subset], p);
                    lo[subset] = p;
                }
            }
        } else {
            for (int p = 0; p < m; p++) {
                int subset = subsetOfRow[rowAt[p]];
                if (subset >= 0) {
                    stretch(area[subset], k[subset]++, present[subset], lo[subset], p);
                    lo[subset] = p;
                }
            }
        }
        for (int subset = 0; subset < subsets; subset++) {
            if (present[subset] == 0) {
                distance[subset] = Double.NaN;
            } else {
                stretch(area[subset], present[subset], present[subset], lo[subset], m - 1);
                distance[subset] = area[subset].value();
            }
        }
        return new Distances(distance, present);
    }

    /**
     * Adds to a subset's area its k-th stretch, {@code [lo, hi)}, where its ECDF is {@code k/c} (gaps run over
     * i = 0 .. m-2, so the last stretch ends at m-1).
     */
    private void stretch(CompensatedSum area, int k, int c, int lo, int hi) {
        if (hi <= lo) {
            return;
        }
        int m = sorted.length;
        double[] x = prefix;
        double share = (double) k / c;
        // first i with (i+1)/m >= k/c, i.e. (i+1) c >= k m; mostly outside the stretch, so only its two ends are
        // read
        long crossing = (k * (long) m + c - 1) / c - 1;
        int z = (int) Math.max(lo, Math.min(hi, crossing));
        if (z > lo) {
            area.add(share * (x[3 * z] - x[3 * lo]) - weighted(lo, z) / m);
        }
        if (hi > z) {
            area.add(weighted(z, hi) / m - share * (x[3 * hi] - x[3 * z]));
        }
    }

    /** With an infinite value the gaps are infinite: each subset by the merge, as scipy gives infinity or NaN. */
    private void mergeEach(int[] subsetOfRow, int[] present, double[] distance) {
        double[][] values = new double[present.length][];
        int[] filled = new int[present.length];
        for (int subset = 0; subset < present.length; subset++) {
            values[subset] = new double[present[subset]];
        }
        for (int p = 0; p < sorted.length; p++) {
            int subset = subsetOfRow[rowAt[p]];
            if (subset >= 0) {
                values[subset][filled[subset]++] = sorted[p];
            }
        }
        for (int subset = 0; subset < present.length; subset++) {
            distance[subset] = present[subset] == 0 ? Double.NaN
                    : Wasserstein.distance(SortedSample.wrapSorted(values[subset], 0), sample).distance();
        }
    }

    /** {@code sum over j in [from, to) of (j+1) (x_(j+1) - x_j)}. */
    private double weighted(int from, int to) {
        return (prefix[3 * to + 1] - prefix[3 * from + 1]) + (prefix[3 * to + 2] - prefix[3 * from + 2]);
    }

    /**
     * @param distance per subset, the first Wasserstein distance to the whole sample (NaN when it has no present
     *                 value)
     * @param present  per subset, its present values
     */
    public record Distances(double[] distance, int[] present) {
    }
}
