package dev.greenlight.drift;

/**
 * The automatic choice of test per column, Evidently's defaults: with at most 1,000 reference values, a hypothesis
 * test at p &lt; 0.05 (Kolmogorov-Smirnov for numbers; the two-proportion z-test for a column of at most two
 * categories, chi-square otherwise); above that, where every p-value is small, a distance with a threshold on
 * the size of the difference (Wasserstein / reference sd for numbers, Jensen-Shannon for categories, both 0.1).
 */
public final class TestChoice {
    /** Largest reference size judged by a p-value. */
    public static final long SMALL_SAMPLE = 1_000;

    private TestChoice() {
    }

    public static DriftTest automatic(ColumnKind kind, int categories, long referenceSize) {
        if (kind == ColumnKind.NUMERIC) {
            return DriftTests.named(referenceSize <= SMALL_SAMPLE ? "ks" : "wasserstein");
        }
        if (referenceSize <= SMALL_SAMPLE) {
            return DriftTests.named(categories <= 2 ? "z" : "chi2");
        }
        return DriftTests.named("js");
    }
}
