package dev.greenlight.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws bootstrap resamples as per-row multiplicities (how many times each row was drawn), so that a resample needs
 * no copy of the data and a sorted order can be reused. Stratified: each class of y_true is resampled within itself,
 * keeping its count, so every resample has every class the data has.
 */
final class Resampler {
    private final int[][] strata;
    private final int rows;

    private Resampler(int[][] strata, int rows) {
        this.strata = strata;
        this.rows = rows;
    }

    /** Stratified by y_true class for classification when asked; otherwise one stratum of all rows. */
    static Resampler of(Outcomes outcomes, boolean stratified) {
        int n = outcomes.size();
        if (stratified && outcomes instanceof ClassificationOutcomes c) {
            int[] counts = new int[c.classCount()];
            for (int t : c.yTrue()) {
                counts[t]++;
            }
            int[][] strata = new int[c.classCount()][];
            for (int k = 0; k < strata.length; k++) {
                strata[k] = new int[counts[k]];
            }
            int[] filled = new int[c.classCount()];
            for (int i = 0; i < n; i++) {
                int t = c.yTrue()[i];
                strata[t][filled[t]++] = i;
            }
            return new Resampler(strata, n);
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return new Resampler(new int[][] {all}, n);
    }

    boolean isStratified() {
        return strata.length > 1;
    }

    int rows() {
        return rows;
    }

    /** Fills {@code multiplicity} with a fresh resample of the same size as the data. */
    void draw(SplittableRandom random, int[] multiplicity) {
        Arrays.fill(multiplicity, 0);
        for (int[] stratum : strata) {
            int size = stratum.length;
            for (int t = 0; t < size; t++) {
                multiplicity[stratum[random.nextInt(size)]]++;
            }
        }
    }

    /** The rows of a resample, each repeated as often as it was drawn, in row order. */
    static int[] expand(int[] multiplicity) {
        int total = 0;
        for (int m : multiplicity) {
            total += m;
        }
        int[] out = new int[total];
        int k = 0;
        for (int r = 0; r < multiplicity.length; r++) {
            for (int t = multiplicity[r]; t > 0; t--) {
                out[k++] = r;
            }
        }
        return out;
    }
}
