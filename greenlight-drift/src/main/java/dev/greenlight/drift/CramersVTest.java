package dev.greenlight.drift;

import java.util.Set;

/**
 * {@code cramer_v}: Cramér's V of the 2 x k count table (scipy's {@code contingency.association(table,
 * 'cramer')}); drift at 0.1 and above (Cohen's "small" effect for one degree of freedom).
 */
final class CramersVTest extends DefinedTest {
    CramersVTest() {
        super("cramer_v", "Cramér's V of the 2 x k count table",
                Set.of(ColumnKind.CATEGORICAL), Decision.STATISTIC_AT_LEAST, 0.1, false, false);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        double v = Effects.cramersV(pair.counts());
        return new TestOutcome(v, Double.NaN, v, "exact");
    }
}
