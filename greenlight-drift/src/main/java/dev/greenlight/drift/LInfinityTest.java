package dev.greenlight.drift;

import java.util.Set;

/**
 * {@code linf}: L-infinity distance between the category shares, {@code max_i |p_i - q_i|}, as TensorFlow Data
 * Validation's drift comparator for categorical features; drift at 0.1 and above.
 */
final class LInfinityTest extends DefinedTest {
    LInfinityTest() {
        super("linf", "L-infinity distance between category shares (TFDV)",
                Set.of(ColumnKind.CATEGORICAL), Decision.STATISTIC_AT_LEAST, 0.1, false, false);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        CategoryCounts c = pair.counts();
        double nr = c.referenceTotal();
        double nc = c.currentTotal();
        long[] r = c.reference();
        long[] q = c.current();
        double d = 0;
        for (int i = 0; i < r.length; i++) {
            d = Math.max(d, Math.abs(r[i] / nr - q[i] / nc));
        }
        return new TestOutcome(d, Double.NaN, d, pair.exact() ? "exact" : "sketch");
    }
}
