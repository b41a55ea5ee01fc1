package dev.greenlight.drift;

/**
 * The automatic choice of test per column: a hypothesis test at every size (Kolmogorov-Smirnov for numbers; the
 * two-proportion z-test for a column of at most two categories, chi-square otherwise), judged by the default
 * decision of {@link DriftEngine}: corrected p-value below 0.05 and an effect beyond the reference's own
 * chunk-to-chunk variation ({@link EffectThreshold}). Evidently switches to distances with a fixed 0.1 threshold
 * above 1,000 reference rows; that rule finds fewer real shifts the more data there is, so Greenlight does not
 * follow it (docs/drift.md).
 */
final class TestChoice {
    private TestChoice() {
    }

    public static DriftTest automatic(ColumnKind kind, int categories, long referenceSize) {
        if (kind == ColumnKind.NUMERIC) {
            return DriftTests.named("ks");
        }
        return DriftTests.named(categories <= 2 ? "z" : "chi2");
    }
}
