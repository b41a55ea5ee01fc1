package dev.greenlight.drift;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;

import java.util.Arrays;

/**
 * Data-driven thresholds for distance tests, NannyML's rule: split the reference into chunks of consecutive rows,
 * compute the distance between each chunk and the whole reference, and put the threshold at the mean plus three
 * standard deviations of those distances: the spread of the statistic when nothing has changed, at this data's
 * size and noise.
 */
final class ReferenceThresholds {
    /** Standard deviations above the mean (NannyML's {@code StandardDeviationThreshold} default). */
    static final double MULTIPLIER = 3;

    private ReferenceThresholds() {
    }

    /** The threshold for one column, or NaN when the reference is too small to split. */
    static double of(DriftTest test, ColumnPair pair, Column reference, int chunks, TestParameters parameters) {
        int rows = reference.size();
        if (rows < 2L * chunks) {
            return Double.NaN;
        }
        double[] stats = new double[chunks];
        for (int k = 0; k < chunks; k++) {
            int from = (int) ((long) rows * k / chunks);
            int to = (int) ((long) rows * (k + 1) / chunks);
            ColumnPair chunkPair;
            if (reference instanceof NumericColumn n) {
                double[] part = Arrays.copyOfRange(n.toArray(), from, to);
                chunkPair = ColumnPair.numeric(pair.name(), pair.reference(), new ExactNumeric(part));
            } else {
                int[] idx = new int[to - from];
                for (int i = 0; i < idx.length; i++) {
                    idx[i] = from + i;
                }
                CategoricalColumn part = ((CategoricalColumn) reference).select(idx);
                chunkPair = ColumnPair.categorical(pair.name(), CategoryCounts.of(
                        ColumnPairs.counts((CategoricalColumn) reference), ColumnPairs.counts(part), 0));
            }
            if (chunkPair.currentSize() == 0) {
                return Double.NaN;
            }
            stats[k] = test.run(chunkPair, parameters).statistic();
        }
        double mean = Arrays.stream(stats).average().orElse(Double.NaN);
        double var = Arrays.stream(stats).map(s -> (s - mean) * (s - mean)).sum() / (chunks - 1);
        return mean + MULTIPLIER * Math.sqrt(var);
    }
}
