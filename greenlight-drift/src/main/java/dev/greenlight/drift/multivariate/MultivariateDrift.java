package dev.greenlight.drift.multivariate;

import dev.greenlight.table.Table;
import dev.greenlight.time.PhaseTimes;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Drift of the joint distribution, which per-column tests miss (a changed correlation, a new combination of
 * values): a domain classifier and the PCA reconstruction error, each on a random sample of rows of both sides.
 *
 * @param domainClassifier can a classifier tell reference rows from current rows?
 * @param reconstruction   does the reference's principal subspace still describe the current rows? null when
 *                         fewer than two numeric features
 */
public record MultivariateDrift(DomainClassifierResult domainClassifier, ReconstructionResult reconstruction) {

    /** Runs both methods on at most {@code rows} rows sampled from each table. */
    public static MultivariateDrift of(Table reference, Table current, List<String> features, int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Table ref = sample(reference, rows, random);
        Table cur = sample(current, rows, random);
        DomainClassifierResult dc;
        try (var phase = PhaseTimes.start("multivariate: domain classifier")) {
            dc = DomainClassifier.evaluate(ref, cur, features, seed);
        }
        ReconstructionResult pca;
        try (var phase = PhaseTimes.start("multivariate: PCA reconstruction")) {
            pca = PcaReconstruction.evaluate(ref, cur, features);
        }
        return new MultivariateDrift(dc, pca);
    }

    /** A uniform sample of rows without replacement (partial Fisher-Yates), in the table's order. */
    static Table sample(Table t, int rows, SplittableRandom random) {
        int n = t.rowCount();
        if (n <= rows) {
            return t;
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int i = 0; i < rows; i++) {
            int j = i + random.nextInt(n - i);
            int tmp = idx[i];
            idx[i] = idx[j];
            idx[j] = tmp;
        }
        int[] chosen = java.util.Arrays.copyOf(idx, rows);
        java.util.Arrays.sort(chosen);
        return t.select(chosen);
    }
}
