package dev.greenlight.drift;

import dev.greenlight.stats.MaximumMeanDiscrepancy;
import dev.greenlight.stats.MmdResult;

import java.util.SplittableRandom;
import java.util.Set;

/**
 * {@code mmd}: kernel two-sample test by the maximum mean discrepancy ({@link MaximumMeanDiscrepancy}: Gaussian
 * kernel, median-heuristic bandwidth, unbiased {@code MMD^2_u}, permutation p-value). The kernel matrix grows with
 * the square of the rows, so each side is subsampled to at most {@link #MAX_ROWS} values (seeded, without
 * replacement) and {@link #PERMUTATIONS} permutations are drawn: the smallest p-value it can give is 1/201, and its
 * verdicts are reproducible because every seed is fixed. Effect size: Wasserstein / reference sd, on all rows.
 */
final class MmdTest extends DefinedTest {
    /** Largest number of values taken from each side. */
    static final int MAX_ROWS = 500;
    /** Label permutations behind the p-value. */
    static final int PERMUTATIONS = 200;
    /** Seed of the subsampling and of the permutations. */
    static final long SEED = 42;

    MmdTest() {
        super("mmd", "kernel maximum mean discrepancy, RBF kernel, permutation p-value (at most 500 rows a side)",
                Set.of(ColumnKind.NUMERIC), Decision.P_VALUE_BELOW, 0.05, false, true);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] x = subsample(pair.reference().sorted().toArray(), random);
        double[] y = subsample(pair.current().sorted().toArray(), random);
        MmdResult r = MaximumMeanDiscrepancy.test(x, y, PERMUTATIONS, SEED);
        boolean sampled = pair.referenceSize() > MAX_ROWS || pair.currentSize() > MAX_ROWS;
        return new TestOutcome(r.mmd2(), r.pValue(), Effects.normalisedWasserstein(pair.reference(), pair.current()),
                PERMUTATIONS + " permutations" + (sampled ? ", " + MAX_ROWS + " rows a side sampled" : ""));
    }

    private static double[] subsample(double[] values, SplittableRandom random) {
        if (values.length <= MAX_ROWS) {
            return values;
        }
        for (int i = 0; i < MAX_ROWS; i++) {
            int j = i + random.nextInt(values.length - i);
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return java.util.Arrays.copyOf(values, MAX_ROWS);
    }
}
